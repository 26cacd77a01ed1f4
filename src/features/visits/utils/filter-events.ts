/**
 * The Visits view's filtering: pure, and fast enough for thousands of events. The events are
 * indexed once where they arrive (`eventIndex`: sorted by date, with code columns and a
 * lookup of places and people); the filter and the facet counts then read that index.
 */
import type { DatasetEvent, EventDirection, EventKind, EventLevel, Person, Place } from '@data/schema';
import { codeColumn, codeMask, yearIndex, yearSpan, type YearIndex } from '@/lib/filters/year-index';
import { EVENT_DIRECTIONS, EVENT_KINDS, EVENT_LEVELS } from './visits-params';
import { LANGS } from '@/lib/url/lang';
import { foldText, latinOf } from './fold-text';
import { participantNames, peopleByName, type PeopleByName } from './participants';

/** Filters applied to the timeline. `from`/`to` bound the start year (inclusive); absent = open. */
export interface EventFilters {
  kinds: readonly EventKind[];
  levels: readonly EventLevel[];
  dirs: readonly EventDirection[];
  q: string;
  from?: number;
  to?: number;
}

/** The events prepared for filtering, built once per events, places and people lists. */
export interface EventIndex {
  /** Every event, oldest first (`compareEvents`), with its start year. */
  byYear: YearIndex<DatasetEvent>;
  /** Kind, level and direction of `byYear.sorted[i]`, as positions in EVENT_KINDS etc. */
  kind: Uint8Array;
  level: Uint8Array;
  dir: Uint8Array;
  /** The values present in the data, in the order the events first give them. */
  present: { kind: EventKind[]; level: EventLevel[]; dir: EventDirection[] };
  places: ReadonlyMap<string, Place>;
  people: PeopleByName;
  /** Folded search text of `byYear.sorted[i]`, filled on the first search that needs it. */
  texts: (string | undefined)[];
}

/**
 * Indexes the events for `filterEvents` and `facetCounts`; build it once where the data arrives.
 * Participants are searched in every language `people` gives them.
 */
export function eventIndex(
  events: readonly DatasetEvent[],
  places: readonly Place[],
  people: readonly Person[] = [],
): EventIndex {
  const byYear = yearIndex(events, eventYear, compareEvents);
  const { sorted } = byYear;
  return {
    byYear,
    kind: codeColumn(sorted, EVENT_KINDS, (e) => e.kind),
    level: codeColumn(sorted, EVENT_LEVELS, (e) => e.level),
    dir: codeColumn(sorted, EVENT_DIRECTIONS, (e) => e.direction),
    present: {
      kind: [...new Set(events.map((e) => e.kind))],
      level: [...new Set(events.map((e) => e.level))],
      dir: [...new Set(events.map((e) => e.direction))],
    },
    places: new Map(places.map((p) => [p.id, p])),
    people: peopleByName(people),
    texts: new Array<string | undefined>(sorted.length),
  };
}

/**
 * Folded text the search looks in: titles (every language), participants (as stored and in every
 * language their people record gives), place names (every language). Computed on first use: most
 * readers never search, and the index stays cheap to build.
 */
function searchText(index: EventIndex, i: number): string {
  let text = index.texts[i];
  if (text === undefined) {
    const event = index.byYear.sorted[i]!;
    const place = event.placeId ? index.places.get(event.placeId) : undefined;
    const parts = [
      ...LANGS.map((l) => event.title[l] ?? ''),
      ...event.participants.flatMap((name) => participantNames(name, index.people)),
      ...(place ? Object.values(place.names) : []),
    ];
    text = foldText(parts.join(' \u0000 '));
    index.texts[i] = text;
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

/** Chronological order: by start date as written (`2010` < `2010-05` < `2010-05-03`), then id. */
export function compareEvents(a: DatasetEvent, b: DatasetEvent): number {
  return a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id);
}

/** The filters as code masks over the index, the year span and the text matcher. */
interface Query {
  kind: number;
  level: number;
  dir: number;
  start: number;
  end: number;
  text: ((text: string) => boolean) | null;
}

type Facet = 'kind' | 'level' | 'dir';

function query(index: EventIndex, filters: EventFilters): Query {
  const { start, end } = yearSpan(index.byYear, {
    from: filters.from ?? -Infinity,
    to: filters.to ?? Infinity,
  });
  return {
    kind: codeMask(filters.kinds, EVENT_KINDS),
    level: codeMask(filters.levels, EVENT_LEVELS),
    dir: codeMask(filters.dirs, EVENT_DIRECTIONS),
    start,
    end,
    text: textMatcher(filters.q),
  };
}

/**
 * The one rule of what the timeline shows: calls `visit` with the index position of each event
 * that passes `q`, oldest first. Both the filter and the facet counts go through it, so a count
 * next to a chip is always the number of events the chip would show.
 */
function forEachMatch(index: EventIndex, q: Query, visit: (i: number) => void): void {
  const { kind, level, dir } = index;
  for (let i = q.start; i < q.end; i++) {
    if (!(q.kind & (1 << kind[i]!)) || !(q.level & (1 << level[i]!)) || !(q.dir & (1 << dir[i]!))) continue;
    if (q.text !== null && !q.text(searchText(index, i))) continue;
    visit(i);
  }
}

/**
 * The events that pass every filter, oldest first. Several values of one filter are alternatives
 * (kind visit OR talks); different filters all apply (kind AND level AND direction AND years AND text).
 */
export function filterEvents(index: EventIndex, filters: EventFilters): DatasetEvent[] {
  const { sorted } = index.byYear;
  const out: DatasetEvent[] = [];
  forEachMatch(index, query(index, filters), (i) => out.push(sorted[i]!));
  return out;
}

export interface FacetCounts {
  kind: Map<EventKind, number>;
  level: Map<EventLevel, number>;
  dir: Map<EventDirection, number>;
}

const FACET_VALUES = { kind: EVENT_KINDS, level: EVENT_LEVELS, dir: EVENT_DIRECTIONS } as const;

/**
 * For each option, how many events it would show given the other filters: the count next to
 * "Talks" is what `filterEvents` gives with the kind set to talks alone, so it respects level,
 * direction, years and text. Only options present in the data get an entry (possibly 0).
 */
export function facetCounts(index: EventIndex, filters: EventFilters): FacetCounts {
  const q = query(index, filters);
  const count = <F extends Facet>(facet: F) => {
    const values: readonly string[] = FACET_VALUES[facet];
    const tally = new Uint32Array(values.length);
    const column = index[facet];
    // The facet's own filter is lifted: the count is per option, the other filters apply.
    forEachMatch(index, { ...q, [facet]: -1 }, (i) => tally[column[i]!]!++);
    return new Map(index.present[facet].map((v) => [v, tally[values.indexOf(v)] ?? 0]));
  };
  return {
    kind: count('kind') as FacetCounts['kind'],
    level: count('level') as FacetCounts['level'],
    dir: count('dir') as FacetCounts['dir'],
  };
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
