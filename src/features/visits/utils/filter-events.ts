/**
 * The Visits view's filtering: pure, and fast enough for thousands of events. The events are
 * indexed once where they arrive (`eventIndex`: sorted by date, with code columns and a
 * lookup of places and people); the filter and the facet counts then read that index.
 */
import { byId } from '@/lib/by-id';
import { codeColumn, codeMask, yearIndex, yearSpan, type YearIndex } from '@/lib/filters/year-index';
import { LANGS } from '@/lib/url/lang';
import { foldText, latinOf } from '@data/fold-text';
import type { DatasetEvent, EventDirection, EventKind, EventLevel, Person, Place } from '@data/schema';
import { participantNames, peopleByName, type PeopleByName } from './participants';
import { EVENT_DIRECTIONS, EVENT_KINDS, EVENT_LEVELS } from './visits-params';

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
  /** Every event by id (an opened event, whether one is shown). */
  byId: ReadonlyMap<string, DatasetEvent>;
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
    places: byId(places),
    byId: byId(events),
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

/**
 * The calendar year an event starts in. Read from the date's four digits without cutting a new
 * string: a year step groups every shown event by year, ten thousand on the large bench.
 */
export function eventYear(event: DatasetEvent): number {
  const s = event.date.start;
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const digit = s.charCodeAt(k) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number(s.slice(0, 4));
    year = year * 10 + digit;
  }
  return year;
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

/** Bits of `failures`: which filter an event fails. */
const FAILS = { kind: 1, level: 2, dir: 4, text: 8 } as const;

/**
 * The one rule of what the timeline shows: which of `q`'s filters the event at index position `i`
 * fails, as FAILS bits (0: it is shown). The text is looked at only when `textToo` says the answer
 * still matters (it is the costly test). Both the filter and the facet counts go through it, so a
 * count next to a chip is always the number of events the chip would show.
 */
function failures(index: EventIndex, q: Query, i: number, textToo: (failed: number) => boolean): number {
  let failed = 0;
  if (!(q.kind & (1 << index.kind[i]!))) failed |= FAILS.kind;
  if (!(q.level & (1 << index.level[i]!))) failed |= FAILS.level;
  if (!(q.dir & (1 << index.dir[i]!))) failed |= FAILS.dir;
  if (q.text !== null && textToo(failed) && !q.text(searchText(index, i))) failed |= FAILS.text;
  return failed;
}

const noneFailed = (failed: number) => failed === 0;

/**
 * The events that pass every filter, oldest first. Several values of one filter are alternatives
 * (kind visit OR talks); different filters all apply (kind AND level AND direction AND years AND text).
 */
export function filterEvents(index: EventIndex, filters: EventFilters): DatasetEvent[] {
  const { sorted } = index.byYear;
  const q = query(index, filters);
  const out: DatasetEvent[] = [];
  for (let i = q.start; i < q.end; i++) if (failures(index, q, i, noneFailed) === 0) out.push(sorted[i]!);
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
  // One pass: an event failing no filter counts for its option of every facet; one failing only
  // a facet's own filter counts for that facet (whose filter the count lifts); else for none.
  const tallies = {
    kind: new Uint32Array(EVENT_KINDS.length),
    level: new Uint32Array(EVENT_LEVELS.length),
    dir: new Uint32Array(EVENT_DIRECTIONS.length),
  };
  const atMostOneFacet = (failed: number) => (failed & (failed - 1)) === 0;
  for (let i = q.start; i < q.end; i++) {
    const failed = failures(index, q, i, atMostOneFacet);
    if (failed === 0 || failed === FAILS.kind) tallies.kind[index.kind[i]!]!++;
    if (failed === 0 || failed === FAILS.level) tallies.level[index.level[i]!]!++;
    if (failed === 0 || failed === FAILS.dir) tallies.dir[index.dir[i]!]!++;
  }
  const counts = <F extends Facet>(facet: F) => {
    const values: readonly string[] = FACET_VALUES[facet];
    return new Map(index.present[facet].map((v) => [v, tallies[facet][values.indexOf(v)] ?? 0]));
  };
  return {
    kind: counts('kind') as FacetCounts['kind'],
    level: counts('level') as FacetCounts['level'],
    dir: counts('dir') as FacetCounts['dir'],
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
