import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataGate } from '@/components/data-gate';
import { UrlNotice } from '@/components/url-notice';
import { useDatasets } from '@/hooks/use-datasets';
import { useLang } from '@/hooks/use-lang';
import { useSearchUpdater } from '@/hooks/use-search-updater';
import { useViewParams } from '@/hooks/use-view-params';
import { useYearRange } from '@/hooks/use-year-range';
import { registerNamespace } from '@/i18n/i18n';
import { datasetQuery, type Dataset } from '@/lib/api/dataset';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { localText } from '@/lib/local-text';
import type { ParamIssue } from '@/lib/url/params';
import type { SourcesState } from './components/event-card';
import { VisitsPrintFilters } from './components/visits-print-filters';
import { VisitsFilters } from './components/visits-filters';
import { VisitsTimeline, yearHeadingId } from './components/visits-timeline';
import { YearStrip } from './components/year-strip';
import { locales } from './locales';
import {
  eventIndex,
  eventYear,
  facetCounts,
  filterEvents,
  groupByYear,
  type EventFilters,
} from './utils/filter-events';
import {
  DEFAULT_VISITS_PARAMS,
  hasViewFilters,
  parseVisitsParams,
  writeVisitsParams,
} from './utils/visits-params';
import { scrollIntoViewSettled } from './utils/scroll-into-view';
import { visitsCsv, visitsFileName } from './utils/visits-csv';
import './visits.css';

registerNamespace('visits', locales);

/** `/visits`: the timeline of visits, talks and agreements, filterable, one link per event. */
export function VisitsView() {
  const { t } = useTranslation('visits');
  const state = useDatasets('events', 'places', 'partnerships', 'people');
  // A link to an event shows its sources at once: fetched beside the events, not after them.
  const [search] = useSearchParams();
  useQuery({ ...datasetQuery('sources'), enabled: search.has('event') });
  return (
    <section className="view visits" aria-labelledby="visits-title">
      <h1 id="visits-title">{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <DataGate state={state} what={t('what')}>
        {(data) => <VisitsBody {...data} />}
      </DataGate>
    </section>
  );
}

function VisitsBody({
  events,
  places,
  partnerships,
  people,
}: Pick<Dataset, 'events' | 'places' | 'partnerships' | 'people'>) {
  const { t } = useTranslation('visits');
  const { lang } = useLang();
  const update = useSearchUpdater();
  const { range, setRange, domain } = useYearRange();
  const { params, issues: paramIssues, update: write } = useViewParams(parseVisitsParams, writeVisitsParams);
  // Bumped to focus the opened event again once "Show it" has cleared what hid it.
  const [revealKey, setRevealKey] = useState(0);

  // The shared range's ends are the dataset's first and last year: there they mean "no bound".
  const from = range.from > domain.min ? range.from : undefined;
  const to = range.to < domain.max ? range.to : undefined;
  const filters = useMemo<EventFilters>(
    () => ({
      kinds: params.kinds,
      levels: params.levels,
      dirs: params.dirs,
      q: params.q,
      from,
      to,
    }),
    // Each list keeps its identity while its value does (useViewParams), so opening an event
    // or a year step leaves the filters alone.
    [params.kinds, params.levels, params.dirs, params.q, from, to],
  );
  // The filters but the years: a year step keeps this, so the timeline keeps its drawn years.
  const facetFilters = useMemo(
    () => [params.kinds, params.levels, params.dirs, params.q],
    [params.kinds, params.levels, params.dirs, params.q],
  );
  // Built once per data: every filter step and facet count reads this index.
  const index = useMemo(() => eventIndex(events, places, people), [events, places, people]);
  const shown = useMemo(() => filterEvents(index, filters), [index, filters]);
  const counts = useMemo(() => facetCounts(index, filters), [index, filters]);
  const groups = useMemo(() => groupByYear(shown), [shown]);

  const selected = params.event;
  // Fetched once an event is opened: a failing sources file then affects only that card.
  const sourcesQuery = useQuery({ ...datasetQuery('sources'), enabled: selected !== null });
  const sources: SourcesState = {
    list: sourcesQuery.data,
    error: sourcesQuery.error,
    retry: () => void sourcesQuery.refetch(),
  };
  const selectedEvent = selected ? index.byId.get(selected) : undefined;
  const selectedShown =
    selectedEvent !== undefined &&
    groups.some((g) => g.year === eventYear(selectedEvent) && g.events.includes(selectedEvent));
  const issues: ParamIssue[] = [...paramIssues];
  if (selected && !selectedEvent) issues.push({ param: 'event', value: selected, action: 'ignored' });

  const showSelected = () => {
    if (!selectedEvent) return;
    const year = eventYear(selectedEvent);
    update((s) => {
      writeVisitsParams(s, { ...DEFAULT_VISITS_PARAMS, event: selectedEvent.id });
      if ((from !== undefined && year < from) || (to !== undefined && year > to)) {
        s.delete('from');
        s.delete('to');
      }
    });
    setRevealKey((k) => k + 1);
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
  const buildCsv = async () => {
    const list = await queryClient.fetchQuery(datasetQuery('sources')).catch(() => undefined);
    return visitsCsv(shown, { lang, places, people, sources: list });
  };

  const stripYears = useMemo(() => groups.map((g) => ({ year: g.year, count: g.events.length })), [groups]);

  return (
    <div className="visits-layout">
      <UrlNotice issues={issues} />
      {selected && selectedEvent && !selectedShown && (
        <div className="notice visits-hidden-notice" role="status">
          <p>{t('notice.hiddenEvent', { title: localText(selectedEvent.title, lang) })}</p>
          <button type="button" onClick={showSelected}>
            {t('notice.showIt')}
          </button>
        </div>
      )}
      <VisitsPrintFilters params={params} />
      <div className="visits-columns">
        <VisitsFilters
          params={params}
          counts={counts}
          canClear={hasViewFilters(params)}
          onToggle={(facet, value) => {
            const current = params[facet] as string[];
            const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
            write({ [facet]: next });
          }}
          // The first character pushes a history entry; the rest of the typing replaces it.
          onSearch={(q) => write({ q }, { replace: params.q.trim() !== '' })}
          onClear={() => write({ kinds: [], levels: [], dirs: [], q: '' })}
        />
        <div className="visits-main">
          <div className="csv-count-bar">
            <p className="count visits-count" aria-live="polite">
              {t('count', { shown: shown.length, total: events.length, count: events.length })}
            </p>
            <CsvDownloadButton
              noun="events"
              count={shown.length}
              fileName={visitsFileName(filters, range)}
              build={buildCsv}
            />
          </div>
          <YearStrip years={stripYears} onJump={jumpToYear} />
          <VisitsTimeline
            groups={groups}
            selected={selectedEvent ? selected : null}
            lang={lang}
            places={places}
            placeById={index.places}
            eventById={index.byId}
            sources={sources}
            partnerships={partnerships}
            people={index.people}
            onSelect={(id) => write({ event: id })}
            onSinceYear={(year) => setRange({ from: year, to: range.to })}
            revealKey={revealKey}
            keepAcross={facetFilters}
          />
        </div>
      </div>
    </div>
  );
}
