/**
 * A year index over a list of records: sorted once, then any year range is found by binary
 * search, so filtering by years costs O(log n + k) instead of a pass over all n. This keeps
 * year-slider steps smooth on a million records. The index is a plain value: build it where the
 * data enters (a view's data hook, in a `useMemo`) and pass it to the functions that filter.
 *   const index = yearIndex(events, eventYear, compareEvents);
 *   const inRange = recordsInYears(index, { from: 2010, to: 2020 });
 */
import { lowerBound } from '@/lib/binary-search';
import type { YearRange } from '@/lib/url/year-range';

/** Records sorted by year (then by the given order) and their years, position for position. */
export interface YearIndex<T> {
  readonly sorted: readonly T[];
  readonly years: Int32Array;
}

/**
 * Sorts the records by `yearOf`, ties by `compare` (stable otherwise: a list already in year
 * order keeps its order). The input list is not reordered.
 */
export function yearIndex<T>(
  records: readonly T[],
  yearOf: (r: T) => number,
  compare?: (a: T, b: T) => number,
): YearIndex<T> {
  const sorted = [...records].sort((a, b) => yearOf(a) - yearOf(b) || (compare ? compare(a, b) : 0));
  return { sorted, years: Int32Array.from(sorted, yearOf) };
}

/**
 * Where the range (inclusive) lies in the index: `index.sorted[start..end)` are its records.
 * For callers that keep columns aligned with `sorted` (see `codeColumn`).
 */
export function yearSpan<T>(index: YearIndex<T>, range: YearRange): { start: number; end: number } {
  return { start: lowerBound(index.years, range.from), end: lowerBound(index.years, range.to + 1) };
}

/** The records whose year lies in the range (inclusive), in the index's order. */
export function recordsInYears<T>(index: YearIndex<T>, range: YearRange): T[] {
  const { start, end } = yearSpan(index, range);
  return index.sorted.slice(start, end);
}

/**
 * A small-integer column of a list: `codeColumn(events, KINDS, (e) => e.kind)` gives each
 * record's position in KINDS (255 when absent). Filters that test codes in a typed array stay
 * fast on a million records (they touch the records themselves only to return them). Build it
 * once with the index it sits beside.
 */
export function codeColumn<T, V>(records: readonly T[], values: readonly V[], get: (r: T) => V): Uint8Array {
  const code = new Map(values.map((v, i) => [v, i]));
  return Uint8Array.from(records, (r) => code.get(get(r)) ?? 255);
}

/**
 * The bits of the chosen values' codes (as `codeColumn` numbers them), to test a code with
 * `mask & (1 << code)`; nothing chosen means every value (all bits).
 */
export function codeMask<V>(chosen: readonly V[], values: readonly V[]): number {
  return chosen.length ? chosen.reduce((m, v) => m | (1 << values.indexOf(v)), 0) : -1;
}
