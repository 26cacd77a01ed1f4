/**
 * The Visits view's filtering: pure, and fast enough for thousands of events (the folded search
 * text of each event is computed once per event, places and people and cached).
 */
import type { DatasetEvent, EventDirection, EventKind, EventLevel, Person, Place } from '@data/schema';
import { codeMask, columnOf, yearSpan } from '@/lib/filters/year-index';
import { EVENT_DIRECTIONS, EVENT_KINDS, EVENT_LEVELS } from './visits-params';
import { LANGS } from '@/lib/url/lang';
import { foldText, latinOf } from './fold-text';
import { participantNames } from './participants';

/** Filters applied to the timeline. `from`/`to` bound the start year (inclusive); absent = open. */
export interface EventFilters {
  kinds: readonly EventKind[];
  levels: readonly EventLevel[];
  dirs: readonly EventDirection[];
  q: string;
  from?: number;
  to?: number;
}

type Facet = 'kind' | 'level' | 'dir';

/** The people list when a caller gives none: participants are then searched as stored. */
const NO_PEOPLE: readonly Person[] = [];

type TextCache = WeakMap<DatasetEvent, string>;
const searchTextCache = new WeakMap<readonly Place[], WeakMap<readonly Person[], TextCache>>();

function textCache(places: readonly Place[], people: readonly Person[]): TextCache {
  let byPeople = searchTextCache.get(places);
  if (!byPeople) {
    byPeople = new WeakMap();
    searchTextCache.set(places, byPeople);
  }
  let byEvent = byPeople.get(people);
  if (!byEvent) {
    byEvent = new WeakMap();
    byPeople.set(people, byEvent);
  }
  return byEvent;
}

/**
 * Folded text the search looks in: titles (every language), participants (as stored and in every
 * language their people record gives), place names (every language).
 */
function searchText(event: DatasetEvent, places: readonly Place[], people: readonly Person[]): string {
  const byEvent = textCache(places, people);
  let text = byEvent.get(event);
  if (text === undefined) {
    const place = event.placeId ? places.find((p) => p.id === event.placeId) : undefined;
    const parts = [
      ...LANGS.map((l) => event.title[l] ?? ''),
      ...event.participants.flatMap((name) => participantNames(name, people)),
      ...(place ? Object.values(place.names) : []),
    ];
    text = foldText(parts.join(' \u0000 '));
    byEvent.set(event, text);
  }
  return text;
}

/**
 * A matcher for the text query: every word must occur; "hanoi" also finds "Hà Nội". A Cyrillic
 * word also matches in Latin letters ("лукашенко" finds "Alexander Lukashenko"), for a text in
 * Latin letters only (a participant with no people record, a title with no Russian).
 */
function textMatcher(q: string): ((text: string) => boolean) | null {
  const folded = foldText(q).trim();
  if (folded === '') return null;
  const words = folded.split(/\s+/).map((w) => [w, latinOf(w)].filter((v): v is string => v !== null));
  const compacts = [folded.replace(/\s+/g, ''), latinOf(folded.replace(/\s+/g, ''))].filter(
    (v): v is string => v !== null,
  );
  return (text) => {
    if (words.every((forms) => forms.some((w) => text.includes(w)))) return true;
    const joined = text.replace(/\s+/g, '');
    return compacts.some((c) => joined.includes(c));
  };
}

/** The calendar year an event starts in. */
export function eventYear(event: DatasetEvent): number {
  return Number(event.date.start.slice(0, 4));
}

function matcher(filters: EventFilters, places: readonly Place[], people: readonly Person[], skip?: Facet) {
  const text = textMatcher(filters.q);
  return (e: DatasetEvent) => {
    if (skip !== 'kind' && filters.kinds.length && !filters.kinds.includes(e.kind)) return false;
    if (skip !== 'level' && filters.levels.length && !filters.levels.includes(e.level)) return false;
    if (skip !== 'dir' && filters.dirs.length && !filters.dirs.includes(e.direction)) return false;
    const year = eventYear(e);
    if (filters.from !== undefined && year < filters.from) return false;
    if (filters.to !== undefined && year > filters.to) return false;
    return text === null || text(searchText(e, places, people));
  };
}

/** Chronological order: by start date as written (`2010` < `2010-05` < `2010-05-03`), then id. */
export function compareEvents(a: DatasetEvent, b: DatasetEvent): number {
  return a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id);
}

/**
 * The events that pass every filter, oldest first. Several values of one filter are alternatives
 * (kind visit OR talks); different filters all apply (kind AND level AND direction AND years AND text).
 * The text is looked for in the participants' names in every language `people` gives them.
 */
export function filterEvents(
  events: readonly DatasetEvent[],
  filters: EventFilters,
  places: readonly Place[],
  people: readonly Person[] = NO_PEOPLE,
): DatasetEvent[] {
  // The year index is sorted once per events list (by year, then date and id), so a year step
  // only walks the events of the chosen years, already in reading order; kind, level and
  // direction are tested on cached code columns rather than on the records.
  const { sorted, start, end } = yearSpan(
    events,
    eventYear,
    { from: filters.from ?? -Infinity, to: filters.to ?? Infinity },
    compareEvents,
  );
  const kind = columnOf(sorted, 'kind', EVENT_KINDS, (e) => e.kind);
  const level = columnOf(sorted, 'level', EVENT_LEVELS, (e) => e.level);
  const dir = columnOf(sorted, 'dir', EVENT_DIRECTIONS, (e) => e.direction);
  const kinds = codeMask(filters.kinds, EVENT_KINDS);
  const levels = codeMask(filters.levels, EVENT_LEVELS);
  const dirs = codeMask(filters.dirs, EVENT_DIRECTIONS);
  const text = textMatcher(filters.q);
  const out: DatasetEvent[] = [];
  for (let i = start; i < end; i++) {
    if (!(kinds & (1 << kind[i]!)) || !(levels & (1 << level[i]!)) || !(dirs & (1 << dir[i]!))) continue;
    const e = sorted[i]!;
    if (text !== null && !text(searchText(e, places, people))) continue;
    out.push(e);
  }
  return out;
}

export interface FacetCounts {
  kind: Map<EventKind, number>;
  level: Map<EventLevel, number>;
  dir: Map<EventDirection, number>;
}

/**
 * For each option, how many events it would show given the other filters: the count next to
 * "Talks" ignores the kind filter but respects level, direction, years and text. Only options
 * present in the data get an entry (possibly 0).
 */
export function facetCounts(
  events: readonly DatasetEvent[],
  filters: EventFilters,
  places: readonly Place[],
  people: readonly Person[] = NO_PEOPLE,
): FacetCounts {
  const counts: FacetCounts = { kind: new Map(), level: new Map(), dir: new Map() };
  for (const e of events) {
    if (!counts.kind.has(e.kind)) counts.kind.set(e.kind, 0);
    if (!counts.level.has(e.level)) counts.level.set(e.level, 0);
    if (!counts.dir.has(e.direction)) counts.dir.set(e.direction, 0);
  }
  const byKind = matcher(filters, places, people, 'kind');
  const byLevel = matcher(filters, places, people, 'level');
  const byDir = matcher(filters, places, people, 'dir');
  for (const e of events) {
    if (byKind(e)) counts.kind.set(e.kind, counts.kind.get(e.kind)! + 1);
    if (byLevel(e)) counts.level.set(e.level, counts.level.get(e.level)! + 1);
    if (byDir(e)) counts.dir.set(e.direction, counts.dir.get(e.direction)! + 1);
  }
  return counts;
}

/** Sorted events grouped by start year: [{ year: 2010, events: [...] }, ...]. */
export function groupByYear(events: readonly DatasetEvent[]): { year: number; events: DatasetEvent[] }[] {
  const groups: { year: number; events: DatasetEvent[] }[] = [];
  for (const e of events) {
    const year = eventYear(e);
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(e);
    else groups.push({ year, events: [e] });
  }
  return groups;
}
