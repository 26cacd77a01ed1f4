/** Pure: which partnerships the filters keep, their signing period, and the table's order. */
import type { Partnership, Place } from '@data/schema';
import { codeColumn, codeMask } from '@/lib/filters/year-index';
import { localText } from '@/lib/local-text';
import { existsBy, pairSince } from '@/lib/partnerships';
import type { Lang } from '@/lib/url/lang';
import { STATUSES, type PairStatus, type SortKey } from './partners-params';

export interface PairFilter {
  /** End of the shared year range: pairs dated after it did not exist yet. */
  to: number;
  /** Empty means every status. */
  status: readonly PairStatus[];
  showUndated: boolean;
}

/** The pairs with their years and statuses read once into typed columns (`pairIndex`). */
export interface PairIndex<T> {
  pairs: readonly T[];
  /** Year each pair dates from; NaN when undated. */
  years: Float64Array;
  /** Each pair's status as its position in STATUSES. */
  status: Uint8Array;
}

/** Indexes the pairs for `filterPairs`; build it once where the pairs arrive. */
export function pairIndex<T extends Pick<Partnership, 'since' | 'status'>>(
  pairs: readonly T[],
): PairIndex<T> {
  return {
    pairs,
    years: Float64Array.from(pairs, pairSince),
    status: codeColumn(pairs, STATUSES, (p) => p.status),
  };
}

/** Pairs in place by `to` (a pair signed in 2004 still counts in 2020), of the chosen statuses, in input order. */
export function filterPairs<T>(index: PairIndex<T>, f: PairFilter): T[] {
  const { pairs, years, status } = index;
  const wanted = codeMask(f.status, STATUSES);
  // Two passes over the typed columns: count, then fill an array of exactly that length.
  const keep = new Uint8Array(pairs.length);
  let count = 0;
  for (let i = 0; i < pairs.length; i++) {
    if (!existsBy(years[i]!, f.to, f.showUndated)) continue;
    if (wanted & (1 << status[i]!)) {
      keep[i] = 1;
      count++;
    }
  }
  const out = new Array<T>(count);
  for (let i = 0, j = 0; j < count; i++) if (keep[i]) out[j++] = pairs[i]!;
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
