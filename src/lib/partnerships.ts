/**
 * Rules about partnerships that several views share (Partner cities, Visits, Overview): when a
 * pair counts as existing, and which pairs a locality takes part in. One implementation each.
 */
import type { Partnership } from '@data/schema';

/** Year a pair dates from (`since.start`), or null when no source gives a date. */
export function sinceYear(pair: Pick<Partnership, 'since'>): number | null {
  return pair.since ? Number(pair.since.start.slice(0, 4)) : null;
}

/**
 * Whether a pair dating from year `since` exists by the end of year `to`: a pair signed in 2004
 * still counts in 2020; an undated pair (`since` NaN, as `pairSince` gives) counts only when
 * `undated` says so. A number, not null, for undated: the partner filter calls this for each of a
 * million pairs from a Float64Array, and a number-only function stays fast there.
 */
export function existsBy(since: number, to: number, undated = true): boolean {
  return Number.isNaN(since) ? undated : since <= to;
}

/** `sinceYear` as `existsBy` takes it: NaN when undated. */
export function pairSince(pair: Pick<Partnership, 'since'>): number {
  return sinceYear(pair) ?? NaN;
}

/** Whether the locality is one end of the pair. */
export function touchesPlace(pair: Pick<Partnership, 'vnPlaceId' | 'byPlaceId'>, placeId: string): boolean {
  return pair.vnPlaceId === placeId || pair.byPlaceId === placeId;
}

/** The pairs a locality takes part in, in the given order. */
export function pairsOfPlace<T extends Pick<Partnership, 'vnPlaceId' | 'byPlaceId'>>(
  pairs: readonly T[],
  placeId: string,
): T[] {
  return pairs.filter((p) => touchesPlace(p, placeId));
}

/** The pair's other end seen from one of its localities: Hanoi–Minsk from Hanoi → Minsk. */
export function otherEnd(pair: Pick<Partnership, 'vnPlaceId' | 'byPlaceId'>, placeId: string): string {
  return pair.vnPlaceId === placeId ? pair.byPlaceId : pair.vnPlaceId;
}
