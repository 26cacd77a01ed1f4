/** Pure: which partnerships the filters keep, their signing period, and the table's order. */
import { upperBound } from '@/lib/binary-search';
import { codeColumn, codeMask } from '@/lib/filters/year-index';
import { localText } from '@/lib/local-text';
import { existsBy, pairSince } from '@/lib/partnerships';
import type { Lang } from '@/lib/url/lang';
import type { Partnership, Place } from '@data/schema';
import { STATUSES, type PairStatus, type SortKey } from './partners-params';

export interface PairFilter {
  /** End of the shared year range: pairs dated after it did not exist yet. */
  to: number;
  /** Empty means every status. */
  status: readonly PairStatus[];
  showUndated: boolean;
}

/** Positions of some pairs in input order, with each one's year beside it. */
interface PairRun {
  positions: Int32Array;
  /** Year the pair at `positions[j]` dates from; NaN when undated. */
  years: Float64Array;
  /** The dated years, ascending: how many pairs exist by a year is one binary search. */
  sortedYears: Float64Array;
  undated: number;
}

/** The pairs with their years and statuses read once into typed columns (`pairIndex`). */
export interface PairIndex<T> {
  pairs: readonly T[];
  /** Each pair's status as its position in STATUSES. */
  status: Uint8Array;
  /** Every pair. */
  all: PairRun;
  /**
   * The pairs of each status (`byStatus[code]`): a filter on one status reads only its own
   * pairs, a third of a million rather than all of them.
   */
  byStatus: PairRun[];
}

function pairRun(positions: Int32Array, allYears: Float64Array): PairRun {
  const years = Float64Array.from(positions, (i) => allYears[i]!);
  const sortedYears = years.filter((y) => !Number.isNaN(y)).sort();
  return { positions, years, sortedYears, undated: years.length - sortedYears.length };
}

/** Indexes the pairs for `filterPairs`; build it once where the pairs arrive. */
export function pairIndex<T extends Pick<Partnership, 'since' | 'status'>>(
  pairs: readonly T[],
): PairIndex<T> {
  const years = Float64Array.from(pairs, pairSince);
  const status = codeColumn(pairs, STATUSES, (p) => p.status);
  const all = Int32Array.from(pairs, (_, i) => i);
  return {
    pairs,
    status,
    all: pairRun(all, years),
    byStatus: STATUSES.map((_, code) =>
      pairRun(
        all.filter((i) => status[i] === code),
        years,
      ),
    ),
  };
}

/** How many pairs of the run exist by `f.to`: those `existsBy` keeps, counted from the index. */
function existingCount(run: PairRun, f: PairFilter): number {
  return upperBound(run.sortedYears, f.to) + (f.showUndated ? run.undated : 0);
}

/** Pairs in place by `to` (a pair signed in 2004 still counts in 2020), of the chosen statuses, in input order. */
export function filterPairs<T>(index: PairIndex<T>, f: PairFilter): T[] {
  const wanted = codeMask(f.status, STATUSES);
  const codes = STATUSES.flatMap((_, code) => (wanted & (1 << code) ? [code] : []));
  // Every status or one: a run where each pair has it. Two: all pairs, each status tested
  // (merging two runs back into input order would cost more than the test).
  const run = wanted === -1 ? index.all : codes.length === 1 ? index.byStatus[codes[0]!]! : index.all;
  const mask = run === index.all ? wanted : -1;
  const count =
    mask === -1
      ? existingCount(run, f)
      : codes.reduce((sum, code) => sum + existingCount(index.byStatus[code]!, f), 0);
  // The count is known, so one pass fills an array of exactly that length and stops at the last.
  const { pairs, status } = index;
  const { positions, years } = run;
  const { to, showUndated } = f;
  const out = new Array<T>(count);
  for (let j = 0, k = 0; k < count; j++) {
    const i = positions[j]!;
    if (existsBy(years[j]!, to, showUndated) && (mask === -1 || mask & (1 << status[i]!)))
      out[k++] = pairs[i]!;
  }
  return out;
}

/** One colour step of the legend: a decade, an open-ended "until" bucket, or undated. */
export interface PeriodBucket {
  key: string;
  /** First year, or null for "until `to`" / undated. */
  from: number | null;
  /** Last year, or null when undated. */
  to: number | null;
  /** Palette slot 0..n-1 (oldest first); -1 for undated (drawn grey). */
  slot: number;
}

/**
 * Decades of the dated pairs as colour steps, oldest first: [2004, 2017, 2023] →
 * 2000s (slot 0), 2010s (1), 2020s (2), plus undated (−1). With more decades than slots the
 * oldest merge into "until 1999".
 */
export function periodBuckets(years: readonly (number | null)[], slots = 4): PeriodBucket[] {
  const decades = [
    ...new Set(years.filter((y): y is number => y !== null).map((y) => Math.floor(y / 10) * 10)),
  ].sort((a, b) => a - b);
  const buckets: PeriodBucket[] = [];
  const kept = decades.length > slots ? decades.slice(decades.length - (slots - 1)) : decades;
  if (kept.length < decades.length)
    buckets.push({ key: `until-${kept[0]! - 1}`, from: null, to: kept[0]! - 1, slot: 0 });
  for (const d of kept) buckets.push({ key: `${d}s`, from: d, to: d + 9, slot: buckets.length });
  if (years.some((y) => y === null)) buckets.push({ key: 'undated', from: null, to: null, slot: -1 });
  return buckets;
}

/** The bucket a year falls in (undated → the undated bucket). */
export function bucketOf(buckets: readonly PeriodBucket[], year: number | null): PeriodBucket | undefined {
  if (year === null) return buckets.find((b) => b.slot === -1);
  return buckets.find((b) => b.to !== null && year <= b.to && (b.from === null || year >= b.from));
}

const STATUS_ORDER: Record<PairStatus, number> = { signed: 0, proposed: 1, cited: 2 };

/** Table order by column; undated pairs sort last either way, ties by Vietnamese name. */
export function sortPairs<T extends Partnership>(
  pairs: readonly T[],
  places: ReadonlyMap<string, Place>,
  key: SortKey,
  desc: boolean,
  locale: string,
  lang: Lang,
): T[] {
  const collator = new Intl.Collator(locale);
  const name = (id: string) => {
    const p = places.get(id);
    return p ? localText(p.names, lang) : id;
  };
  const byVn = (a: T, b: T) => collator.compare(name(a.vnPlaceId), name(b.vnPlaceId));
  const sign = desc ? -1 : 1;
  return [...pairs].sort((a, b) => {
    if (key === 'since') {
      const ya = a.since?.start ?? null;
      const yb = b.since?.start ?? null;
      if (ya === null || yb === null) return ya === yb ? byVn(a, b) : ya === null ? 1 : -1;
      return sign * ya.localeCompare(yb) || byVn(a, b);
    }
    const cmp =
      key === 'vn'
        ? byVn(a, b)
        : key === 'by'
          ? collator.compare(name(a.byPlaceId), name(b.byPlaceId))
          : STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    return sign * cmp || byVn(a, b);
  });
}
