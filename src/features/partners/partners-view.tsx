import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Place } from '@data/schema';
import { DataGate } from '@/components/data-gate';
import { UrlNotice } from '@/components/url-notice';
import { useDatasets } from '@/hooks/use-datasets';
import { useLang } from '@/hooks/use-lang';
import { useSearchUpdater } from '@/hooks/use-search-updater';
import { useYearRange } from '@/hooks/use-year-range';
import { registerNamespace } from '@/i18n/i18n';
import type { Dataset } from '@/lib/api/dataset';
import { DetailsPanel } from './components/details-panel';
import { MapLegend } from './components/map-legend';
import { PairsTable } from './components/pairs-table';
import { PartnersFilters } from './components/partners-filters';
import { locales } from './locales';
import { filterPairs, periodBuckets, sinceYear, sortPairs } from './utils/filter-pairs';
import { parsePartnersParams, writePartnersParams, type PartnersParams } from './utils/partners-params';
import { highlightOf, pairCounts, type Focus } from './utils/selection';
import './partners.css';

registerNamespace('partners', locales);

// The map (d3-geo, topojson-client) is its own chunk: the heading, filters and table do not wait for it.
const MapArea = lazy(() => import('./components/map-area').then((m) => ({ default: m.MapArea })));

/** `/partners`: partner localities on a two-inset map, with a table of every pair. */
export function PartnersView() {
  const { t } = useTranslation('partners');
  const state = useDatasets('places', 'partnerships', 'events', 'sources');
  const { range } = useYearRange();
  return (
    <section className="view partners" aria-labelledby="partners-title">
      <h1 id="partners-title">{t('title')}</h1>
      <p className="lede">{t('lede', { to: range.to })}</p>
      <DataGate state={state} what={t('what')}>
        {(data) => <PartnersContent data={data} />}
      </DataGate>
    </section>
  );
}

type PartnersData = Pick<Dataset, 'places' | 'partnerships' | 'events' | 'sources'>;

function PartnersContent({ data }: { data: PartnersData }) {
  const { t } = useTranslation('partners');
  const { lang, locale } = useLang();
  const { range } = useYearRange();
  const { search } = useLocation();
  const update = useSearchUpdater();
  // Hover and keyboard focus are passing states, not something to share: kept out of the URL.
  const [hover, setHover] = useState<Focus | null>(null);

  const places = useMemo(() => new Map(data.places.map((p) => [p.id, p])), [data.places]);
  const sources = useMemo(() => new Map(data.sources.map((s) => [s.id, s])), [data.sources]);
  const known = useMemo(
    () => ({
      pairs: new Set(data.partnerships.map((p) => p.id)),
      places: new Set(data.places.map((p) => p.id)),
    }),
    [data],
  );
  const { value: params, issues } = useMemo(
    () => parsePartnersParams(new URLSearchParams(search), known),
    [search, known],
  );
  const setParams = (patch: Partial<PartnersParams>, replace = false) =>
    update((s) => writePartnersParams(s, { ...params, ...patch }), { replace });

  const visible = useMemo(
    () =>
      filterPairs(data.partnerships, { to: range.to, status: params.status, showUndated: params.undated }),
    [data.partnerships, range.to, params.status, params.undated],
  );
  const visibleIds = useMemo(() => new Set(visible.map((p) => p.id)), [visible]);
  const buckets = useMemo(() => periodBuckets(data.partnerships.map(sinceYear)), [data.partnerships]);
  const counts = useMemo(() => pairCounts(visible), [visible]);
  const rows = useMemo(
    () => sortPairs(visible, places, params.sort, params.desc, locale, lang),
    [visible, places, params.sort, params.desc, locale, lang],
  );
  const undatedHidden = params.undated
    ? 0
    : filterPairs(data.partnerships, { to: range.to, status: params.status, showUndated: true }).length -
      visible.length;

  const selected = useMemo<Focus | null>(
    () =>
      params.pair
        ? { kind: 'pair', id: params.pair }
        : params.place
          ? { kind: 'place', id: params.place }
          : null,
    [params.pair, params.place],
  );
  const highlight = useMemo(() => highlightOf(hover ?? selected, visible), [hover, selected, visible]);

  const mapPlaces = useMemo(() => {
    const ids = new Set([...counts.keys(), ...(params.place ? [params.place] : [])]);
    return [...ids]
      .map((id) => places.get(id))
      .filter((p): p is Place => !!p && (p.country === 'VN' || p.country === 'BY'));
  }, [counts, params.place, places]);

  const select = (focus: Focus) => {
    const same = selected?.kind === focus.kind && selected.id === focus.id;
    setParams(
      same
        ? { pair: null, place: null }
        : { pair: focus.kind === 'pair' ? focus.id : null, place: focus.kind === 'place' ? focus.id : null },
    );
  };
  const clear = () => setParams({ pair: null, place: null });

  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') update((s) => writePartnersParams(s, { ...params, pair: null, place: null }));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, params, update]);

  return (
    <>
      <UrlNotice issues={issues} />
      <PartnersFilters
        status={params.status}
        showUndated={params.undated}
        onStatusChange={(status) => setParams({ status })}
        onUndatedChange={(undated) => setParams({ undated })}
      />
      <p className="count" aria-live="polite">
        {t('count', { shown: visible.length, count: data.partnerships.length })}
        {undatedHidden > 0 && ` · ${t('undatedHidden', { count: undatedHidden })}`}
      </p>
      <div className="partners__layout">
        <Suspense fallback={<MapSkeleton />}>
          <MapArea
            places={mapPlaces}
            pairs={visible}
            counts={counts}
            buckets={buckets}
            highlight={highlight}
            selected={selected}
            onSelect={select}
            onHover={setHover}
          />
        </Suspense>
        <DetailsPanel
          selected={selected}
          pairs={data.partnerships}
          visible={visibleIds}
          places={places}
          sources={sources}
          events={data.events}
          onSelect={select}
          onClear={clear}
          lang={lang}
        />
      </div>
      <MapLegend buckets={buckets} />
      <h2>{t('table.title')}</h2>
      <PairsTable
        rows={rows}
        places={places}
        sources={sources}
        sort={params.sort}
        desc={params.desc}
        selectedPair={params.pair}
        selectedPlace={params.place}
        onSort={(key) => setParams({ sort: key, desc: params.sort === key ? !params.desc : false })}
        onSelect={(id) => select({ kind: 'pair', id })}
        lang={lang}
      />
    </>
  );
}

function MapSkeleton() {
  const { t } = useTranslation('partners');
  return (
    <div className="skeleton" role="status">
      <span className="visually-hidden">{t('map.loading')}</span>
      <div className="skeleton__block" />
    </div>
  );
}
