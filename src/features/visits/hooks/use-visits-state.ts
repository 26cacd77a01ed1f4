import { useCallback, useMemo, useState } from 'react';
import { useSearchUpdater } from '@/hooks/use-search-updater';
import { useViewParams } from '@/hooks/use-view-params';
import { useYearRange } from '@/hooks/use-year-range';
import type { ParamIssue } from '@/lib/url/params';
import type { Dataset } from '@data/schema';
import { commissionGaps } from '../utils/commission-gaps';
import {
  eventIndex,
  eventYear,
  facetCounts,
  filterEvents,
  groupByYear,
  type EventFilters,
} from '../utils/filter-events';
import { DEFAULT_VISITS_PARAMS, parseVisitsParams, writeVisitsParams } from '../utils/visits-params';

export type VisitsData = Pick<Dataset, 'events' | 'places' | 'partnerships' | 'people'>;

/**
 * The Visits view's state, read from the link: the filters, the events they show (for the list
 * and the timeline alike), the opened event, and the writes back to the link.
 */
export function useVisitsState({ events, places, people }: VisitsData) {
  const updateSearch = useSearchUpdater();
  const { range, setRange, domain } = useYearRange();
  const { params, issues: paramIssues, update } = useViewParams(parseVisitsParams, writeVisitsParams);
  // Bumped to focus the opened event again once "Show it" has cleared what hid it, or when a
  // timeline mark opens it (the list scrolls to it even when it was open already).
  const [revealKey, setRevealKey] = useState(0);

  // The shared range's ends are the dataset's first and last year: there they mean "no bound".
  const from = range.from > domain.min ? range.from : undefined;
  const to = range.to < domain.max ? range.to : undefined;
  const filters = useMemo<EventFilters>(
    () => ({ kinds: params.kinds, levels: params.levels, dirs: params.dirs, q: params.q, from, to }),
    // Each list keeps its identity while its value does (useViewParams), so opening an event
    // or a year step leaves the filters alone.
    [params.kinds, params.levels, params.dirs, params.q, from, to],
  );
  // The filters but the years: a year step keeps this, so the list keeps its drawn years and the
  // overview its counts.
  const facetFilters = useMemo<EventFilters>(
    () => ({ kinds: params.kinds, levels: params.levels, dirs: params.dirs, q: params.q }),
    [params.kinds, params.levels, params.dirs, params.q],
  );
  // Built once per data: every filter step and facet count reads this index.
  const index = useMemo(() => eventIndex(events, places, people), [events, places, people]);
  const shown = useMemo(() => filterEvents(index, filters), [index, filters]);
  const counts = useMemo(() => facetCounts(index, filters), [index, filters]);
  const groups = useMemo(() => groupByYear(shown), [shown]);
  const perYear = useMemo(() => {
    const map = new Map<number, number>();
    for (const e of filterEvents(index, facetFilters))
      map.set(eventYear(e), (map.get(eventYear(e)) ?? 0) + 1);
    return map;
  }, [index, facetFilters]);
  // The sessions missing from the data, for the commissions the kind filter lets through.
  const allGaps = useMemo(() => commissionGaps(events), [events]);
  const gaps = useMemo(
    () => allGaps.filter((g) => params.kinds.length === 0 || params.kinds.includes(g.kind)),
    [allGaps, params.kinds],
  );

  const selected = params.event;
  const selectedEvent = selected ? index.byId.get(selected) : undefined;
  const selectedShown =
    selectedEvent !== undefined &&
    groups.some((g) => g.year === eventYear(selectedEvent) && g.events.includes(selectedEvent));
  const issues: ParamIssue[] = [...paramIssues];
  if (selected && !selectedEvent) issues.push({ param: 'event', value: selected, action: 'ignored' });

  /** Clears what hides the opened event: the filters, and the years when it is outside them. */
  const showSelected = () => {
    if (!selectedEvent) return;
    const year = eventYear(selectedEvent);
    updateSearch((s) => {
      writeVisitsParams(s, { ...DEFAULT_VISITS_PARAMS, order: params.order, event: selectedEvent.id });
      if ((from !== undefined && year < from) || (to !== undefined && year > to)) {
        s.delete('from');
        s.delete('to');
      }
    });
    setRevealKey((k) => k + 1);
  };
  /** Opens an event from the timeline: in the link, and brought into view in the list. */
  const openFromTimeline = useCallback(
    (id: string) => {
      update({ event: id });
      setRevealKey((k) => k + 1);
    },
    [update],
  );

  return {
    params,
    update,
    range,
    setRange,
    domain,
    filters,
    facetFilters,
    index,
    shown,
    counts,
    groups,
    perYear,
    gaps,
    selected,
    selectedEvent,
    selectedShown,
    issues,
    revealKey,
    showSelected,
    openFromTimeline,
  };
}
