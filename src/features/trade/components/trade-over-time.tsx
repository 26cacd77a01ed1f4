import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useElementWidth } from '@/hooks/use-element-width';
import { useLang } from '@/hooks/use-lang';
import { usePrinting } from '@/hooks/use-printing';
import { useStableCallback } from '@/hooks/use-stable-callback';
import { useYearRange } from '@/hooks/use-year-range';
import type { Dataset } from '@/lib/api/dataset';
import { sharedSearch } from '@/lib/url/shared-params';
import type { Source } from '@data/schema';
import { useTradeDownloads } from '../hooks/use-trade-downloads';
import { useTradeParams } from '../hooks/use-trade-params';
import { useTradeSeries } from '../hooks/use-trade-series';
import { eventHrefBuilder, officialYears } from '../utils/trade-context';
import type { Tab, TradeSort } from '../utils/trade-params';
import { changesById, nearestYearsWithData, sortPoints } from '../utils/trade-series';
import { chartDataProps, TradeChart } from './chart/trade-chart';
import { TradeControls } from './trade-controls';
import { TradeEmpty } from './trade-empty';
import { TradeSummary } from './trade-summary';
import { TradeTable } from './trade-table';
import { TradeTabs } from './trade-tabs';
import { YearHighlight } from './year-highlight';

type TradeData = Pick<Dataset, 'trade' | 'official' | 'events'>;

/** On paper the plot is a little shorter, so the chart and its summary share the first page. */
const PRINT_PLOT_HEIGHT = 240;

/** Trade over time: the chart or the table with its downloads, then the controls and the summary in words. */
export function TradeOverTime({ data, sources }: { data: TradeData; sources: Map<string, Source> }) {
  const { t } = useTranslation('trade');
  const { lang } = useLang();
  const link = useTradeParams();
  const { params } = link;
  const update = useStableCallback(link.update);
  const { range, setRange } = useYearRange();
  const { search } = useLocation();
  const navigate = useNavigate();
  const { ref: chartBox, width: measured } = useElementWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const s = useTradeSeries(data, params, range);
  const officialSpan = useMemo(() => officialYears(data.official), [data.official]);

  const shown = s.official.length + s.press.length;
  // The controls' own params, kept while only the years change, so a year step skips them.
  const controls = useMemo(
    () => ({
      flow: params.flow,
      scale: params.scale,
      mirror: params.mirror,
      series: params.series,
      markers: params.markers,
    }),
    [params.flow, params.scale, params.mirror, params.series, params.markers],
  );
  // On paper the table prints under the chart, so a printout names the source of every mark.
  const printing = usePrinting();
  const withTable = params.tab === 'table' || printing;
  const changes = useMemo(() => (withTable ? changesById(s.all, s.all) : null), [withTable, s.all]);
  const { key: sortKey, dir: sortDir } = params.sort;
  // The table's rows are sorted only while the table is shown (the chart does not need them).
  const rows = useMemo(
    () => (changes ? sortPoints([...s.official, ...s.press], changes, sortKey, sortDir) : []),
    [changes, s.official, s.press, sortKey, sortDir],
  );
  const flowName = t(`flow.${params.flow}`);
  const chart = chartDataProps(s, params, lang, sources, t, officialSpan);
  const title = chart.title;

  // A marker's link and its click lead to the same view: the years, language and embed carry over,
  // so "open in new tab" shows what a click shows.
  const markerSearch = sharedSearch(search);
  const eventHref = useMemo(() => eventHrefBuilder(markerSearch, lang), [markerSearch, lang]);
  const openEvent = useStableCallback((id: string) => void navigate(eventHref(id)));
  const sortBy = useStableCallback((sort: TradeSort) => update({ sort }));
  const selectYear = useStableCallback((year: number) =>
    update({ year: params.year === year ? null : year }),
  );

  const sorted = changes ? { rows, changes } : null;
  const downloads = useTradeDownloads({ s, params, sources, lang, search, svgRef, table: sorted });

  const onTab = useStableCallback((tab: Tab) => update({ tab }));

  const highlighted =
    params.year === null ? [] : [...s.official, ...s.press].filter((p) => p.year === params.year);

  // The table tab, and on paper the table under the chart (rows exist in both cases).
  const table = changes && (
    <TradeTable
      rows={rows}
      changes={changes}
      sources={sources}
      sort={params.sort}
      highlightYear={params.year}
      caption={t('caption', { flow: flowName, from: s.chartRange.from, to: s.chartRange.to })}
      lang={lang}
      onSort={sortBy}
    />
  );

  return (
    <section className="trade-section" aria-labelledby="trade-over-time">
      <h2 id="trade-over-time" className="visually-hidden">
        {title}
      </h2>
      <TradeTabs
        tab={params.tab}
        onTab={onTab}
        canDownload={shown > 0}
        onCsv={downloads.csv}
        onPng={downloads.png}
        onSvg={downloads.svg}
      />
      <div
        role="tabpanel"
        id={`trade-panel-${params.tab}`}
        aria-labelledby={`trade-tab-${params.tab}`}
        className="trade-panel"
      >
        {shown === 0 ? (
          <TradeEmpty
            flow={params.flow}
            range={range}
            nearest={nearestYearsWithData(s.all, range)}
            setRange={setRange}
          />
        ) : params.tab === 'chart' ? (
          <div ref={chartBox} className="trade-chart-box">
            <TradeChart
              {...chart}
              width={measured || 720}
              eventHref={eventHref}
              onOpenEvent={openEvent}
              onSelectYear={selectYear}
              svgRef={svgRef}
              plotHeight={printing ? PRINT_PLOT_HEIGHT : undefined}
            />
            <p className="count">{t('chartDesc', { official: s.official.length, press: s.press.length })}</p>
          </div>
        ) : (
          table
        )}
      </div>
      {/* Below the chart, so choosing a year never moves the chart. */}
      {params.year !== null && (
        <YearHighlight
          year={params.year}
          points={highlighted}
          sources={sources}
          lang={lang}
          onClear={() => update({ year: null })}
        />
      )}
      {/* Chart first, then what changes it and the summary in words (OWID's order): the whole
          plot, axis included, is on the first screen. */}
      <TradeControls params={controls} update={update} />
      {params.flow === 'balance' && <p className="trade-note">{t('balanceNote')}</p>}
      {params.flow === 'balance' && params.scale === 'log' && <p className="trade-note">{t('logBalance')}</p>}
      <TradeSummary
        facts={s.summary}
        flow={params.flow}
        mirror={params.mirror}
        lang={lang}
        officialSpan={officialSpan}
      />
      {/* On paper the table follows the chart and its summary, from a page of its own. */}
      {printing && params.tab === 'chart' && shown > 0 && <div className="trade-print-table">{table}</div>}
    </section>
  );
}
