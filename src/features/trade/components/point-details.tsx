import type { Source } from '@data/schema';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '@/lib/format';
import type { Lang } from '@/lib/url/lang';
import { pointValueText } from '../utils/chart-format';
import type { TradePoint } from '../utils/trade-series';
import { FlagBadges } from './flag-badges';

/** What a tooltip says about one figure: value, period, reporter, source(s) and flags. */
export function PointDetails({
  point,
  sources,
  lang,
}: {
  point: TradePoint;
  sources: Map<string, Source>;
  lang: Lang;
}) {
  const { t } = useTranslation('trade');
  return (
    <div className="trade-details">
      <div className="trade-details__value">{pointValueText(point, lang)}</div>
      <div>
        {formatPeriod({ year: point.year, months: point.months }, lang)} ·{' '}
        {t(`reporterLong.${point.reporter}`)}
      </div>
      <div className="trade-details__source">
        <span className="muted">
          {point.figures.length > 1 ? t('tooltip.sources') : t('tooltip.source')}:{' '}
        </span>
        {point.figures.map((f, i) => {
          const s = sources.get(f.sourceId);
          return (
            <span key={f.id}>
              {i > 0 && '; '}
              {s ? (
                <>
                  <span className="source-publisher">{s.publisher}</span>, <cite>{s.title}</cite>
                </>
              ) : (
                t('unknownSource')
              )}
            </span>
          );
        })}
      </div>
      <FlagBadges point={point} />
    </div>
  );
}
