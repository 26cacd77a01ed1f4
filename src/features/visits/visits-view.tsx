import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { RadioGroup } from '@/components/radio-group';
import { UrlNotice } from '@/components/url-notice';
import { ViewPage } from '@/components/view-page';
import { useDatasets } from '@/hooks/use-datasets';
import { useLang } from '@/hooks/use-lang';
import { registerNamespace } from '@/i18n/i18n';
import { datasetQuery } from '@/lib/api/dataset';
import { localText } from '@/lib/local-text';
import type { SourcesState } from './components/event-card';
import { TimelineSection } from './components/timeline/timeline-section';
import { VisitsEmbed } from './components/visits-embed';
import { VisitsFilters } from './components/visits-filters';
import { VisitsPrintFilters } from './components/visits-print-filters';
import { VisitsTimeline, yearHeadingId } from './components/visits-timeline';
import { YearStrip } from './components/year-strip';
import { useCardTexts } from './hooks/use-card-texts';
import { useVisitsState, type VisitsData } from './hooks/use-visits-state';
import { locales } from './locales';
import { scrollIntoViewSettled } from './utils/scroll-into-view';
import { visitsCsv, visitsFileName } from './utils/visits-csv';
import { hasViewFilters, EVENT_ORDERS } from './utils/visits-params';
import './visits.css';

registerNamespace('visits', locales);

/** `/visits`: the timeline of visits, talks and agreements over the list of them, one link per event. */
export function VisitsView() {
  const state = useDatasets('events', 'places', 'partnerships', 'people');
  // A link to an event shows its sources at once: fetched beside the events, not after them.
  const [search] = useSearchParams();
  useQuery({ ...datasetQuery('sources'), enabled: search.has('event') });
  return (
    <ViewPage ns="visits" state={state} chart={(data) => <VisitsEmbed data={data} />}>
      {(data) => <VisitsBody {...data} />}
    </ViewPage>
  );
}

function VisitsBody(data: VisitsData) {
  const { events, places, partnerships } = data;
  const { t } = useTranslation('visits');
  const { lang } = useLang();
  const s = useVisitsState(data);
  const { params, update, range, selected, selectedEvent } = s;
  const textOf = useCardTexts(lang, s.index.places);

  // Fetched once an event is opened: a failing sources file then affects only that card.
  const sourcesQuery = useQuery({ ...datasetQuery('sources'), enabled: selected !== null });
  const sources: SourcesState = {
    list: sourcesQuery.data,
    error: sourcesQuery.error,
    retry: () => void sourcesQuery.refetch(),
  };

  const jumpToYear = useCallback((year: number) => {
    const heading = document.getElementById(yearHeadingId(year));
    if (!heading) return;
    heading.focus({ preventScroll: true });
    scrollIntoViewSettled(heading, { block: 'start' });
  }, []);
  // The file lists the sources' addresses too: the source list is fetched (or read from the
  // cache) on click; without it the file still names every source by id.
  const queryClient = useQueryClient();
  // In the list's order: the file holds what the reader sees, as they see it.
  const buildCsv = async () => {
    const list = await queryClient.fetchQuery(datasetQuery('sources')).catch(() => undefined);
    const listed = params.order === 'newest' ? [...s.shown].reverse() : s.shown;
    return visitsCsv(listed, { lang, places, people: data.people, sources: list });
  };

  return (
    <div className="visits-layout">
      <UrlNotice issues={s.issues} />
      {selected && selectedEvent && !s.selectedShown && (
        <div className="notice visits-hidden-notice" role="status">
          <p>{t('notice.hiddenEvent', { title: localText(selectedEvent.title, lang) })}</p>
          <button type="button" onClick={s.showSelected}>
            {t('notice.showIt')}
          </button>
        </div>
      )}
      <VisitsPrintFilters params={params} />
      <div className="visits-columns">
        <VisitsFilters
          params={params}
          counts={s.counts}
          canClear={hasViewFilters(params)}
          onToggle={(facet, value) => {
            const current = params[facet] as string[];
            const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
            update({ [facet]: next });
          }}
          // The first character pushes a history entry; the rest of the typing replaces it.
          onSearch={(q) => update({ q }, { replace: params.q.trim() !== '' })}
          onClear={() => update({ kinds: [], levels: [], dirs: [], q: '' })}
        />
        <div className="visits-main">
          <YearStrip
            counts={s.perYear}
            domain={s.domain}
            range={range}
            onJump={jumpToYear}
            onBrush={(from, to) => s.setRange({ from, to })}
          />
          <TimelineSection
            events={s.shown}
            from={range.from}
            to={range.to}
            selected={selectedEvent ? selected : null}
            textOf={textOf}
            gaps={s.gaps}
            onOpen={s.openFromTimeline}
          />
          <div className="csv-count-bar">
            <p className="count visits-count" aria-live="polite">
              {t('count', { shown: s.shown.length, total: events.length, count: events.length })}
            </p>
            <RadioGroup
              name="visits-order"
              legend={t('order.label')}
              options={EVENT_ORDERS.map((o) => ({ value: o, label: t(`order.${o}`) }))}
              value={params.order}
              onChange={(order) => update({ order })}
            />
            <CsvDownloadButton
              noun="events"
              count={s.shown.length}
              fileName={visitsFileName(s.filters, range)}
              build={buildCsv}
            />
          </div>
          <VisitsTimeline
            groups={s.groups}
            selected={selectedEvent ? selected : null}
            lang={lang}
            textOf={textOf}
            order={params.order}
            places={places}
            eventById={s.index.byId}
            sources={sources}
            partnerships={partnerships}
            people={s.index.people}
            onSelect={(id) => update({ event: id })}
            onSinceYear={(year) => s.setRange({ from: year, to: range.to })}
            revealKey={s.revealKey}
            keepAcross={s.facetFilters}
          />
        </div>
      </div>
    </div>
  );
}
