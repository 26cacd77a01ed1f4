/**
 * A year index over a list of records: sorted once (and cached per list), then any year range is
 * found by binary search, so filtering by years costs O(log n + k) instead of a pass over all n.
 * This keeps year-slider steps smooth on a million records.
 *   const inRange = recordsInYears(events, eventYear, { from: 2010, to: 2020 }, compareEvents)
 */
import type { YearRange } from '@/lib/url/year-range';

interface Index<T> {
  sorted: readonly T[];
  years: Int32Array;
}

type AnyFn = (...args: never[]) => number;
// records → [yearOf, compare] → index; functions are few and long-lived.
const cache = new WeakMap<readonly unknown[], Map<AnyFn, Map<AnyFn | undefined, Index<unknown>>>>();

function indexOf<T>(
  records: readonly T[],
  yearOf: (r: T) => number,
  compare?: (a: T, b: T) => number,
): Index<T> {
  let byYearOf = cache.get(records);
  if (!byYearOf) {
    byYearOf = new Map();
    cache.set(records, byYearOf);
  }
  let byCompare = byYearOf.get(yearOf);
  if (!byCompare) {
    byCompare = new Map();
    byYearOf.set(yearOf, byCompare);
  }
  const hit = byCompare.get(compare);
  if (hit) return hit as Index<T>;
  const sorted = [...records].sort((a, b) => yearOf(a) - yearOf(b) || (compare ? compare(a, b) : 0));
  const years = Int32Array.from(sorted, yearOf);
  const index = { sorted, years };
  byCompare.set(compare, index as Index<unknown>);
  return index;
}

/** First position whose year is ≥ `year` (binary search). */
function lowerBound(years: Int32Array, year: number): number {
  let lo = 0;
  let hi = years.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (years[mid]! < year) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the range lies in the cached sorted index: `sorted[start..end)` are the records of the
 * range. For callers that keep columns aligned with `sorted` (see `columnOf`).
 */
export function yearSpan<T>(
  records: readonly T[],
  yearOf: (r: T) => number,
  range: YearRange,
  compare?: (a: T, b: T) => number,
): { sorted: readonly T[]; start: number; end: number } {
  const { sorted, years } = indexOf(records, yearOf, compare);
  return { sorted, start: lowerBound(years, range.from), end: lowerBound(years, range.to + 1) };
}

/**
 * The records whose year lies in the range (inclusive), ordered by year and then by `compare`.
 * Pass the same `yearOf` function (not a new arrow each call) so the index is reused.
 */
export function recordsInYears<T>(
  records: readonly T[],
  yearOf: (r: T) => number,
  range: YearRange,
  compare?: (a: T, b: T) => number,
): readonly T[] {
  const { sorted, start, end } = yearSpan(records, yearOf, range, compare);
  return sorted.slice(start, end);
}

const columns = new WeakMap<readonly unknown[], Map<string, unknown>>();

/**
 * A column derived from a list, built once per list and name and cached while the list lives:
 * `cachedColumn(pairs, 'since', (ps) => Float64Array.from(ps, sinceYear))`.
 */
export function cachedColumn<T, C>(
  records: readonly T[],
  name: string,
  build: (records: readonly T[]) => C,
): C {
  let byName = columns.get(records);
  if (!byName) {
    byName = new Map();
    columns.set(records, byName);
  }
  if (!byName.has(name)) byName.set(name, build(records));
  return byName.get(name) as C;
}

/**
 * A small-integer column of a list, computed once and cached: `columnOf(events, 'kind', KINDS,
 * (e) => e.kind)` gives each record's position in KINDS. Filters that test codes in a typed array
 * stay fast on a million records (they touch the records themselves only to return them).
 */
export function columnOf<T, V>(
  records: readonly T[],
  name: string,
  values: readonly V[],
  get: (r: T) => V,
): Uint8Array {
  return cachedColumn(records, name, (rs) => {
    const code = new Map(values.map((v, i) => [v, i]));
    return Uint8Array.from(rs, (r) => code.get(get(r)) ?? 255);
  });
}

/**
 * The bits of the chosen values' codes (as `columnOf` numbers them), to test a code with
 * `mask & (1 << code)`; nothing chosen means every value (all bits).
 */
export function codeMask<V>(chosen: readonly V[], values: readonly V[]): number {
  return chosen.length ? chosen.reduce((m, v) => m | (1 << values.indexOf(v)), 0) : -1;
}
