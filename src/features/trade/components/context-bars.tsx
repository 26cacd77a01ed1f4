import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '@/components/external-link';
import { useElementWidth } from '@/hooks/use-element-width';
import { useInView } from '@/hooks/use-in-view';
import { registerNamespace } from '@/i18n/i18n';
import { formatPeriod } from '@/lib/format';
import type { Lang } from '@/lib/url/lang';
import type { Source } from '@data/schema';
import { compactUsd, pointValueText } from '../utils/chart-format';
import { contextBarsScene, type ContextRow } from '../utils/context-bars-scene';
import type { ContextBar } from '../utils/trade-context';
import type { Scale } from '../utils/trade-params';
import { ContextBarsChart } from './context-bars-chart';
import { locales } from './context-locales';
import './context-charts.css';

registerNamespace('tradeContext', locales);

export interface ContextBarsProps {
  bars: ContextBar[];
  scale: Scale;
  sources: Map<string, Source>;
  lang: Lang;
  /** Chart width in px; measured from the container when left out. */
  width?: number;
}

/**
 * One mark per partner and reporter: dots on a log scale (the default, as values span 100×),
 * bars from zero on a linear one. The chart is a picture; the same rows are a list that screen
 * readers read, and whose source links appear when reached by keyboard.
 */
export const ContextBars = memo(function ContextBars({
  bars,
  scale,
  sources,
  lang,
  width,
}: ContextBarsProps) {
  const { t } = useTranslation('trade');
  const { t: tc } = useTranslation('tradeContext');
  const { ref: box, width: measured } = useElementWidth<HTMLDivElement>();
  const chartWidth = width ?? (measured || 720);
  const rows: ContextRow[] = useMemo(
    () =>
      bars.map(({ partner, figure }) => {
        const s = sources.get(figure.sourceId);
        return {
          id: figure.id,
          value: figure.valueUsd,
          reporter: figure.reporter,
          isBelarus: partner === 'BY',
          partner: t(`context.partner.${partner}`),
          reportedBy: t(`context.reportedBy.${figure.reporter}`),
          period: figure.flags.partial ? formatPeriod(figure.period, lang) : null,
          valueText: pointValueText(figure, lang),
          source: s?.publisher ?? t('unknownSource'),
          sourceUrl: s?.url ?? null,
        };
      }),
    [bars, sources, lang, t],
  );
  const scene = useMemo(
    () => contextBarsScene({ rows, scale, width: chartWidth, tickText: (v) => compactUsd(v, lang) }),
    [rows, scale, chartWidth, lang],
  );
  // Drawn when the section is reached, at the width measured by then.
  const inView = useInView(box);
  return (
    <div className="trade-context" ref={box}>
      <p className="trade-note context-chart-note">{tc(`marks.${scene.mark}`)}</p>
      <div className="trade-context__chart" style={{ height: scene.height }} aria-hidden="true">
        {inView && <ContextBarsChart scene={scene} />}
      </div>
      <ul className="trade-context__a11y">
        {rows.map((r) => (
          <li key={r.id}>
            {r.partner} {r.reportedBy}
            {r.period && ` (${r.period})`}: {r.valueText}. {t('source', { source: '' })}
            {r.sourceUrl ? <ExternalLink href={r.sourceUrl}>{r.source}</ExternalLink> : r.source}
          </li>
        ))}
      </ul>
    </div>
  );
});
