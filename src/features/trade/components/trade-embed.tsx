import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { EmbedFigure } from '@/components/embed-figure';
import { useElementWidth } from '@/hooks/use-element-width';
import { useLang } from '@/hooks/use-lang';
import { useStableCallback } from '@/hooks/use-stable-callback';
import { useYearRange } from '@/hooks/use-year-range';
import type { Dataset } from '@/lib/api/dataset';
import { byId } from '@/lib/by-id';
import { canonicalUrl, pageOrigin } from '@/lib/url/canonical-url';
import { appSearch } from '@/lib/url/shared-params';
import { useTradeDownloads } from '../hooks/use-trade-downloads';
import { useTradeParams } from '../hooks/use-trade-params';
import { useTradeSeries } from '../hooks/use-trade-series';
import { officialYears } from '../utils/trade-context';
import { chartDataProps, TradeChart } from './chart/trade-chart';

/** The plot's height in the embed: with legend, event strip and source line, the figure fits the
 * snippet's frame (EMBED_HEIGHT.chart) at 600 px wide. */
const EMBED_PLOT_HEIGHT = 220;

type TradeData = Pick<Dataset, 'trade' | 'official' | 'events' | 'sources'>;

/**
 * `/trade?embed=chart`: the figure alone for an article's iframe — its title, the chart with its
 * legend and source line (both drawn in the SVG), and a link to the full view in the same state.
 * Nothing here changes the view: an event opens the full dashboard in a new tab, so the article's
 * reader never ends up with a whole site inside a 600 px frame; a tap on the plot names the year's
 * figures and opens nothing (on a phone a tap is how one reads them).
 */
export function TradeEmbed({ data }: { data: TradeData }) {
  const { t } = useTranslation('trade');
  const { lang } = useLang();
  const { params } = useTradeParams();
  const { range } = useYearRange();
  const { search } = useLocation();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const s = useTradeSeries(data, params, range);
  const sources = useMemo(() => byId(data.sources), [data.sources]);
  const origin = pageOrigin();
  const officialSpan = useMemo(() => officialYears(data.official), [data.official]);
  const chart = chartDataProps(s, params, lang, sources, t, officialSpan);
  const title = chart.title;
  // The event opens in the full Visits view for the embed's years, as on the dashboard itself.
  const eventHref = useMemo(
    () => (id: string) => canonicalUrl(origin, '/visits', appSearch(search, { event: id }), lang),
    [origin, search, lang],
  );
  const openEvent = useStableCallback((id: string) => void window.open(eventHref(id), '_blank', 'noopener'));
  const shown = s.official.length + s.press.length;
  const svgRef = useRef<SVGSVGElement>(null);
  const downloads = useTradeDownloads({ s, params, sources, lang, search, svgRef });

  return (
    // The chart draws its title in the SVG (it travels with a saved image); the heading names
    // the figure for screen readers and the frame's outline.
    <EmbedFigure
      block="trade-embed"
      title={title}
      hideTitle
      path="/trade"
      fullView={t('embedFullView', { site: t('common:appName') })}
      downloads={
        shown > 0 && (
          <>
            <button type="button" className="link-button" onClick={downloads.csv}>
              {t('embedData')}
            </button>
            <button type="button" className="link-button" onClick={downloads.png}>
              {t('embedImage')}
            </button>
          </>
        )
      }
    >
      <div ref={ref} className="trade-chart-box">
        {shown === 0 ? (
          <p role="status">
            {t('empty', { flow: t(`flowNoun.${params.flow}`), from: range.from, to: range.to })}
          </p>
        ) : (
          <TradeChart
            {...chart}
            width={width || 600}
            eventHref={eventHref}
            onOpenEvent={openEvent}
            plotHeight={EMBED_PLOT_HEIGHT}
            svgRef={svgRef}
          />
        )}
      </div>
    </EmbedFigure>
  );
}
