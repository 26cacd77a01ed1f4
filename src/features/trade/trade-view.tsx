import type { Source } from '@data/schema';
import { memo, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { DataGate } from '@/components/data-gate';
import { UrlNotice } from '@/components/url-notice';
import { useDatasets } from '@/hooks/use-datasets';
import { useLang } from '@/hooks/use-lang';
import { useSearchUpdater } from '@/hooks/use-search-updater';
import { useYearRange } from '@/hooks/use-year-range';
import { registerNamespace } from '@/i18n/i18n';
import type { Dataset } from '@/lib/api/dataset';
import type { Lang } from '@/lib/url/lang';
import { appSearch, sharedSearch } from '@/lib/url/shared-params';
import { ContextBars } from './components/context-bars';
import { GoodsLists } from './components/goods-lists';
import { IndicatorCards } from './components/indicator-cards';
import { PointDetails } from './components/point-details';
import { SeriesSwatch } from './components/series-marker';
import { TradeChart } from './components/trade-chart';
import { TradeTable } from './components/trade-table';
import { useElementWidth } from '@/hooks/use-element-width';
import { useStableCallback } from '@/hooks/use-stable-callback';
import { locales } from './locales';
import {
  allEventMarkers,
  contextComparison,
  eventHrefBuilder,
  goodsByYear,
  indicatorCards,
  markersInYears,
  type EventMarker,
} from './utils/trade-context';
import { downloadBlob, exportFileName, tradeCsv } from './utils/trade-export';
import {
  FLOWS,
  REPORTERS,
  SCALES,
  TABS,
  parseTradeParams,
  writeTradeParams,
  type Reporter,
  type Scale,
  type TradeParams,
  type TradeSort,
} from './utils/trade-params';
import {
  changesById,
  chartLayout,
  nearestYearsWithData,
  pointsForFlow,
  sortPoints,
  visiblePoints,
} from './utils/trade-series';
import { standaloneSvg, svgToPng } from './utils/svg-export';
import './trade.css';

registerNamespace('trade', locales);

const ALL_REPORTERS: readonly Reporter[] = REPORTERS;
const NO_EVENTS: EventMarker[] = [];
type TradeData = Pick<Dataset, 'trade' | 'sources' | 'events' | 'goods' | 'indicators'>;

/** The trade view's URL state and a setter that writes changes back (pushing history). */
function useTradeParams() {
  const { search } = useLocation();
  const update = useSearchUpdater();
  const parsed = useMemo(() => parseTradeParams(new URLSearchParams(search)), [search]);
  const set = (change: Partial<TradeParams>) => update((s) => writeTradeParams(s, change));
  return { params: parsed.value, issues: parsed.issues, set };
}

/** `/trade`: trade over time by reporter, events, comparisons, goods, investment and people. */
export function TradeView() {
  const { t } = useTranslation('trade');
  const { issues } = useTradeParams();
  const state = useDatasets('trade', 'sources', 'events', 'goods', 'indicators');
  return (
    <section className="view trade" aria-labelledby="trade-title">
      <h1 id="trade-title">{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <UrlNotice issues={issues} />
      <DataGate state={state} what={t('what')}>
        {(data) => <TradeContent data={data} />}
      </DataGate>
    </section>
  );
}

function TradeContent({ data }: { data: TradeData }) {
  const { lang } = useLang();
  const { params, set } = useTradeParams();
  const sources = useMemo(() => new Map<string, Source>(data.sources.map((s) => [s.id, s])), [data.sources]);
  const setCscale = useStableCallback((cscale: Scale) => set({ cscale }));

  return (
    <>
      <TradeOverTime data={data} sources={sources} />
      <TradeSurroundings
        data={data}
        sources={sources}
        lang={lang}
        cscale={params.cscale}
        onCscale={setCscale}
      />
    </>
  );
}

interface SurroundingsProps {
  data: TradeData;
  sources: Map<string, Source>;
  lang: Lang;
  cscale: Scale;
  onCscale: (cscale: Scale) => void;
}

/** Other partners, goods and people: none of it depends on the years, so a year step skips it. */
const TradeSurroundings = memo(function TradeSurroundings({
  data,
  sources,
  lang,
  cscale,
  onCscale,
}: SurroundingsProps) {
  const { t } = useTranslation('trade');
  const context = useMemo(() => contextComparison(data.trade), [data.trade]);
  const goods = useMemo(() => goodsByYear(data.goods), [data.goods]);
  const cards = useMemo(() => indicatorCards(data.indicators), [data.indicators]);

  return (
    <>
      <section className="trade-section" aria-labelledby="trade-context-title">
        <h2 id="trade-context-title">{t('context.title')}</h2>
        {context.year === null ? (
          <p className="muted">{t('context.none')}</p>
        ) : (
          <>
            <p className="trade-note">{t('context.lede', { year: context.year })}</p>
            <RadioGroup
              name="trade-cscale"
              legend={t('context.scaleLabel')}
              options={SCALES.map((s) => ({ value: s, label: t(`scale.${s}`) }))}
              value={cscale}
              onChange={onCscale}
            />
            <ContextBars bars={context.bars} scale={cscale} sources={sources} lang={lang} />
          </>
        )}
      </section>

      <section className="trade-section" aria-labelledby="trade-goods-title">
        <h2 id="trade-goods-title">{t('goods.title')}</h2>
        <p className="trade-note">{t('goods.lede')}</p>
        {goods.length ? (
          <GoodsLists groups={goods} sources={sources} lang={lang} />
        ) : (
          <p className="muted">{t('goods.none')}</p>
        )}
      </section>

      <section className="trade-section" aria-labelledby="trade-people-title">
        <h2 id="trade-people-title">{t('people.title')}</h2>
        {cards.length ? (
          <IndicatorCards cards={cards} sources={sources} lang={lang} />
        ) : (
          <p className="muted">{t('people.none')}</p>
        )}
      </section>
    </>
  );
});

function TradeOverTime({ data, sources }: { data: TradeData; sources: Map<string, Source> }) {
  const { t } = useTranslation('trade');
  const { lang } = useLang();
  const { params, set } = useTradeParams();
  const { range, setRange } = useYearRange();
  const { search } = useLocation();
  const navigate = useNavigate();
  const { ref: chartBox, width: measured } = useElementWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  // Everything that does not depend on the years is computed once per data, flow and series;
  // a year step then only narrows by years (a binary search) and re-renders what changed.
  const all = useMemo(() => pointsForFlow(data.trade, params.flow), [data.trade, params.flow]);
  const seriesKey = params.series.join(',');
  const series = useMemo(() => seriesKey.split(',') as Reporter[], [seriesKey]);
  const ofSeries = useMemo(
    () => visiblePoints(all, { from: -Infinity, to: Infinity }, series),
    [all, series],
  );
  const yearSpan = useMemo(() => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of all) {
      if (p.year < lo) lo = p.year;
      if (p.year > hi) hi = p.year;
    }
    return { lo, hi };
  }, [all]);
  // The chart spans the chosen years that have figures of this flow, not decades without any.
  const spanFrom = Math.max(range.from, yearSpan.lo);
  const spanTo = Math.min(range.to, yearSpan.hi);
  const [chartFrom, chartTo] = all.length && spanFrom <= spanTo ? [spanFrom, spanTo] : [range.from, range.to];
  const chartRange = useMemo(() => ({ from: chartFrom, to: chartTo }), [chartFrom, chartTo]);
  // Every point lies within its flow's years, so the chart's span shows the same points as the
  // range, and steps beyond the data keep the same list (nothing below recomputes).
  const visible = useMemo(() => visiblePoints(ofSeries, chartRange, ALL_REPORTERS), [ofSeries, chartRange]);
  const changes = useMemo(() => changesById(all, all), [all]);
  const layout = useMemo(() => chartLayout(ofSeries), [ofSeries]);
  const rows = useMemo(
    () => sortPoints(visible, changes, params.sort.key, params.sort.dir),
    [visible, changes, params.sort.key, params.sort.dir],
  );
  const allEvents = useMemo(() => allEventMarkers(data.events), [data.events]);
  const events = useMemo(
    () => (params.markers ? markersInYears(allEvents, chartRange) : NO_EVENTS),
    [allEvents, chartRange, params.markers],
  );
  const scale = params.flow === 'balance' ? 'linear' : params.scale;
  const flowNoun = t(`flowNoun.${params.flow}`);
  const title = t('chartTitle', { flow: t(`flow.${params.flow}`), from: chartRange.from, to: chartRange.to });

  // Marker links name the event and keep language and embed, not the years, so a year step
  // leaves every marker's href alone (thousands of attribute writes on a large dataset).
  // A click opens the event with the years as well.
  const markerSearch = sharedSearch(search, ['from', 'to']);
  const eventHref = useMemo(() => eventHrefBuilder(markerSearch), [markerSearch]);
  const openEvent = useStableCallback(
    (id: string) => void navigate(`/visits${appSearch(search, { event: id })}`),
  );
  const sortBy = useStableCallback((sort: TradeSort) => set({ sort }));
  const selectYear = useStableCallback((year: number) => set({ year: params.year === year ? null : year }));

  const onTabKey = (e: KeyboardEvent, index: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const target =
      e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : (index + delta + TABS.length) % TABS.length;
    if (delta === 0 && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    set({ tab: TABS[target]! });
    tabRefs.current[target]?.focus();
  };

  const downloadCsv = () => {
    const csv = tradeCsv(rows, changes, data.sources, params.flow);
    // The byte-order mark lets spreadsheet programs read Vietnamese letters correctly.
    downloadBlob(
      new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }),
      exportFileName(params.flow, chartRange, 'csv'),
    );
  };
  const downloadSvg = () => {
    if (!svgRef.current) return;
    downloadBlob(
      new Blob([standaloneSvg(svgRef.current)], { type: 'image/svg+xml' }),
      exportFileName(params.flow, chartRange, 'svg'),
    );
  };
  const downloadPng = async () => {
    if (!svgRef.current) return;
    downloadBlob(await svgToPng(svgRef.current), exportFileName(params.flow, chartRange, 'png'));
  };

  const nearest = visible.length ? null : nearestYearsWithData(ofSeries, range);
  const highlighted = params.year === null ? [] : visible.filter((p) => p.year === params.year);

  return (
    <section className="trade-section" aria-labelledby="trade-over-time">
      <h2 id="trade-over-time" className="visually-hidden">
        {title}
      </h2>
      <div className="trade-explain">
        <p>{t('why')}</p>
        <p>
          <SeriesSwatch reporter="VN" hollow /> {t('hollow')}
        </p>
        {params.flow === 'balance' && <p className="trade-note">{t('balanceNote')}</p>}
      </div>

      <div className="trade-controls" role="group" aria-label={t('controls')}>
        <RadioGroup
          name="trade-flow"
          legend={t('flowLabel')}
          options={FLOWS.map((f) => ({ value: f, label: t(`flow.${f}`) }))}
          value={params.flow}
          onChange={(flow) => set({ flow })}
        />
        <RadioGroup
          name="trade-scale"
          legend={t('scaleLabel')}
          options={SCALES.map((s) => ({
            value: s,
            label: t(`scale.${s}`),
            disabled: s === 'log' && params.flow === 'balance',
          }))}
          value={scale}
          onChange={(s) => set({ scale: s })}
        />
        <fieldset className="trade-fieldset">
          <legend>{t('seriesLabel')}</legend>
          <div className="trade-checks">
            {REPORTERS.map((r) => {
              const on = params.series.includes(r);
              return (
                <label key={r} className="trade-check">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={on && params.series.length === 1}
                    onChange={() =>
                      set({ series: on ? params.series.filter((x) => x !== r) : [...params.series, r] })
                    }
                  />
                  <SeriesSwatch reporter={r} /> {t(`reporter.${r}`)}
                </label>
              );
            })}
            <label className="trade-check">
              <input
                type="checkbox"
                checked={params.markers}
                onChange={() => set({ markers: !params.markers })}
              />
              {t('markers')}
            </label>
          </div>
        </fieldset>
      </div>
      {params.flow === 'balance' && params.scale === 'log' && <p className="trade-note">{t('logBalance')}</p>}

      <div className="trade-tabs-bar">
        <div role="tablist" aria-label={t('tabs')} className="trade-tabs">
          {TABS.map((tab, i) => (
            <button
              key={tab}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`trade-tab-${tab}`}
              aria-selected={params.tab === tab}
              aria-controls={`trade-panel-${tab}`}
              tabIndex={params.tab === tab ? 0 : -1}
              className="trade-tab"
              onClick={() => set({ tab })}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {t(`tab.${tab}`)}
            </button>
          ))}
        </div>
        <div className="trade-downloads" role="group" aria-label={t('download.label')}>
          <button type="button" onClick={downloadCsv} disabled={!rows.length}>
            {t('download.csv')}
          </button>
          {params.tab === 'chart' && (
            <>
              <button type="button" onClick={() => void downloadPng()} disabled={!rows.length}>
                {t('download.png')}
              </button>
              <button type="button" onClick={downloadSvg} disabled={!rows.length}>
                {t('download.svg')}
              </button>
            </>
          )}
        </div>
      </div>

      {params.year !== null && (
        <div className="trade-highlight" aria-live="polite">
          <strong>{t('highlight', { year: params.year })}</strong>{' '}
          <button type="button" className="link-button" onClick={() => set({ year: null })}>
            {t('clearHighlight')}
          </button>
          {highlighted.length > 0 && (
            <ul className="trade-highlight__list">
              {highlighted.map((p) => (
                <li key={p.id}>
                  <PointDetails point={p} sources={sources} lang={lang} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div
        role="tabpanel"
        id={`trade-panel-${params.tab}`}
        aria-labelledby={`trade-tab-${params.tab}`}
        className="trade-panel"
      >
        {visible.length === 0 ? (
          <div className="trade-empty" role="status">
            <p>{t('empty', { flow: flowNoun, from: range.from, to: range.to })}</p>
            {nearest && (nearest.before !== null || nearest.after !== null) && (
              <p>
                {t('emptyTry')}{' '}
                {nearest.before !== null && (
                  <button type="button" onClick={() => setRange({ from: nearest.before!, to: range.to })}>
                    {t('showYear', { year: nearest.before })}
                  </button>
                )}{' '}
                {nearest.after !== null && (
                  <button type="button" onClick={() => setRange({ from: range.from, to: nearest.after! })}>
                    {t('showYear', { year: nearest.after })}
                  </button>
                )}
              </p>
            )}
          </div>
        ) : params.tab === 'chart' ? (
          <div ref={chartBox} className="trade-chart-box">
            <TradeChart
              points={visible}
              layout={layout}
              events={events}
              range={chartRange}
              scale={scale}
              series={series}
              width={measured || 720}
              highlightYear={params.year}
              lang={lang}
              title={title}
              sources={sources}
              eventHref={eventHref}
              onOpenEvent={openEvent}
              onSelectYear={selectYear}
              svgRef={svgRef}
            />
            <p className="count">{t('chartDesc', { count: visible.length })}</p>
          </div>
        ) : (
          <TradeTable
            rows={rows}
            changes={changes}
            sources={sources}
            sort={params.sort}
            highlightYear={params.year}
            caption={t('caption', {
              flow: t(`flow.${params.flow}`),
              from: chartRange.from,
              to: chartRange.to,
            })}
            lang={lang}
            onSort={sortBy}
          />
        )}
      </div>
    </section>
  );
}

interface RadioGroupProps<T extends string> {
  name: string;
  legend: string;
  options: { value: T; label: string; disabled?: boolean }[];
  value: T;
  onChange: (value: T) => void;
}

/** A segmented set of native radio buttons (arrow keys move between them). */
function RadioGroup<T extends string>({ name, legend, options, value, onChange }: RadioGroupProps<T>) {
  return (
    <fieldset className="trade-fieldset">
      <legend>{legend}</legend>
      <div className="trade-segmented">
        {options.map((o) => (
          <label
            key={o.value}
            className={`trade-segment${o.value === value ? ' is-checked' : ''}${o.disabled ? ' is-disabled' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              disabled={o.disabled}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
