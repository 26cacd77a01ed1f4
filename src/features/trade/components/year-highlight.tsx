import { useTranslation } from 'react-i18next';
import type { TradePoint } from '@/lib/trade-points';
import type { Lang } from '@/lib/url/lang';
import type { Source } from '@data/schema';
import { PointDetails } from './point-details';

interface Props {
  year: number;
  /** The figures shown for that year (empty when the filters hide them all). */
  points: TradePoint[];
  sources: Map<string, Source>;
  lang: Lang;
  onClear: () => void;
}

/** The year chosen on the chart, with every figure shown for it and a way to clear the choice. */
export function YearHighlight({ year, points, sources, lang, onClear }: Props) {
  const { t } = useTranslation('trade');
  return (
    <div className="trade-highlight" aria-live="polite">
      <strong>{t('highlight', { year })}</strong>{' '}
      <button type="button" className="link-button" onClick={onClear}>
        {t('clearHighlight')}
      </button>
      {points.length > 0 ? (
        <ul className="trade-highlight__list">
          {points.map((p) => (
            <li key={p.id}>
              <PointDetails point={p} sources={sources} lang={lang} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('highlightNone')}</p>
      )}
    </div>
  );
}
