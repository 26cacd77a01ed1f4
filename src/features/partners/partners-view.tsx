import { Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { UrlNotice } from '@/components/url-notice';
import { ViewPage } from '@/components/view-page';
import { useDatasets } from '@/hooks/use-datasets';
import { useLang } from '@/hooks/use-lang';
import { useYearRange } from '@/hooks/use-year-range';
import { registerNamespace } from '@/i18n/i18n';
import type { Dataset } from '@/lib/api/dataset';
import { DetailsPanel } from './components/details-panel';
import { MapArea, MapSkeleton } from './components/lazy-map';
import { MapDownloads } from './components/map-downloads';
import { MapLegend } from './components/map-legend';
import { PairsTable } from './components/pairs-table';
import { PartnersEmbed } from './components/partners-embed';
import { PartnersFilters } from './components/partners-filters';
import { usePartnersState } from './hooks/use-partners-state';
import { locales } from './locales';
import { filterPairs, sortPairs } from './utils/filter-pairs';
import './partners.css';

registerNamespace('partners', locales);

/** `/partners`: partner localities on a two-inset map, with a table of every pair. */
export function PartnersView() {
  const state = useDatasets('places', 'partnerships', 'events', 'sources');
  const { range } = useYearRange();
  return (
    <ViewPage
      ns="partners"
      ledeValues={{ to: range.to }}
      state={state}
      chart={(data) => <PartnersEmbed data={data} />}
    >
      {(data) => <PartnersContent data={data} />}
    </ViewPage>
  );
}

type PartnersData = Pick<Dataset, 'places' | 'partnerships' | 'events' | 'sources'>;

function PartnersContent({ data }: { data: PartnersData }) {
  const { t } = useTranslation('partners');
  const { lang, locale } = useLang();
  const s = usePartnersState(data);
  const { params, update, places, visible, range } = s;
  const svgRef = useRef<SVGSVGElement>(null);

  const visibleIds = useMemo(() => new Set(visible.map((p) => p.id)), [visible]);
  const rows = useMemo(
    () => sortPairs(visible, places, params.sort, params.desc, locale, lang),
    [visible, places, params.sort, params.desc, locale, lang],
  );
  const undatedHidden = params.undated
    ? 0
    : filterPairs(s.pairs, { to: range.to, status: params.status, showUndated: true }).length -
      visible.length;

  return (
    <>
      <UrlNotice issues={s.issues} />
      <PartnersFilters
        status={params.status}
        showUndated={params.undated}
        onStatusChange={(status) => update({ status })}
        onUndatedChange={(undated) => update({ undated })}
      />
      <p className="count" aria-live="polite">
        {t('count', { shown: visible.length, count: data.partnerships.length })}
        {undatedHidden > 0 && ` · ${t('undatedHidden', { count: undatedHidden })}`}
      </p>
      <div className="partners__layout">
        <Suspense fallback={<MapSkeleton />}>
          <MapArea {...s.map} svgRef={svgRef} />
        </Suspense>
        <DetailsPanel
          selected={s.selected}
          pairs={data.partnerships}
          visible={visibleIds}
          places={places}
          sources={s.sources}
          events={data.events}
          onSelect={s.select}
          onClear={s.clear}
          lang={lang}
        />
      </div>
      <MapLegend buckets={s.buckets} />
      <MapDownloads svgRef={svgRef} pairs={visible} sources={s.sources} to={range.to} />
      <h2>{t('table.title')}</h2>
      <PairsTable
        rows={rows}
        places={places}
        sources={s.sources}
        sort={params.sort}
        desc={params.desc}
        selectedPair={params.pair}
        selectedPlace={params.place}
        onSort={(key) => update({ sort: key, desc: params.sort === key ? !params.desc : false })}
        onSelect={(id) => s.select({ kind: 'pair', id })}
        lang={lang}
      />
    </>
  );
}
