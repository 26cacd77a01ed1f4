import { useTranslation } from 'react-i18next';
import { SourceCitation } from '@/components/source-citation';
import { formatPeriod } from '@/lib/format';
import { localText } from '@/lib/local-text';
import type { TradePoint } from '@/lib/trade-points';
import type { Lang } from '@/lib/url/lang';
import type { Source } from '@data/schema';
import { pointValueText } from '../utils/chart-format';
import { FlagBadges } from './flag-badges';

/** The notes of flagged official cells (why a value is doubtful), in the reader's language. */
function CellNotes({ point, lang }: { point: TradePoint; lang: Lang }) {
  return point.cells.map((c) =>
    c.note ? (
      <p key={c.id} className="trade-details__note">
        {localText(c.note, lang)}
      </p>
    ) : null,
  );
}

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
        {t(`reporterLong.${point.kind}.${point.reporter}`)}
      </div>
      <div className="trade-details__source">
        <span className="muted">
          {point.figures.length > 1 ? t('tooltip.sources') : t('tooltip.source')}:{' '}
        </span>
        <SourceCitation
          ids={[...point.figures, ...point.cells].map((f) => f.sourceId)}
          sources={sources}
          unknown={t('unknownSource')}
        />
        {point.cells.length > 0 && (
          <div className="muted">
            {point.cells
              .map((c) => t('cellText', { flow: t(`cellFlow.${c.reporter}.${c.flow}`), basis: c.basis }))
              .join('; ')}
          </div>
        )}
      </div>
      <CellNotes point={point} lang={lang} />
      <FlagBadges point={point} />
    </div>
  );
}
