import type { Source } from '@data/schema';
import { lazy, memo, Suspense } from 'react';
import { useInView } from '@/hooks/use-in-view';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '@/components/external-link';
import { formatPeriod } from '@/lib/format';
import type { Lang } from '@/lib/url/lang';
import { useElementWidth } from '@/hooks/use-element-width';
import { pointValueText } from '../utils/chart-format';
import type { ContextBar } from '../utils/trade-context';
import type { Scale } from '../utils/trade-params';
import { contextChartHeight, type ContextRow } from './context-bars-layout';

// Recharts stays out of the view's first paint: the bars arrive in a chunk of their own.
const ContextBarsChart = lazy(() =>
  import('./context-bars-chart').then((m) => ({ default: m.ContextBarsChart })),
);

export interface ContextBarsProps {
  bars: ContextBar[];
  scale: Scale;
  sources: Map<string, Source>;
  lang: Lang;
  /** Chart width in px; measured from the container when left out. */
  width?: number;
}

/**
 * Horizontal bars, one per partner and reporter (log scale by default, as values span 100×).
 * The chart is a picture; the same rows are a list that screen readers read, and whose source
 * links appear when reached by keyboard.
 */
export const ContextBars = memo(function ContextBars({
  bars,
  scale,
  sources,
  lang,
  width,
}: ContextBarsProps) {
  const { t } = useTranslation('trade');
  const { ref: box, width: measured } = useElementWidth<HTMLDivElement>();
  const chartWidth = width ?? (measured || 720);
  const rows: ContextRow[] = bars.map(({ partner, figure }) => {
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
  });
  const height = contextChartHeight(rows.length, chartWidth);
  // recharts loads when the section is reached, not with the view.
  const inView = useInView(box);
  return (
    <div className="trade-context" ref={box}>
      <div className="trade-context__chart" style={{ height }} aria-hidden="true">
        {inView && (
          <Suspense fallback={null}>
            <ContextBarsChart rows={rows} scale={scale} width={chartWidth} height={height} lang={lang} />
          </Suspense>
        )}
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
