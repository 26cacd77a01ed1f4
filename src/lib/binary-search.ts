/**
 * Binary search over numbers sorted ascending, so a range of years is found in O(log n).
 *   lowerBound([2001, 2003, 2003, 2007], 2003) → 1 (the first 2003)
 *   upperBound([2001, 2003, 2003, 2007], 2003) → 3 (just past the last 2003)
 */

/** The first position whose value is ≥ `value`; `sorted.length` when none is. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  return firstNotBelow(sorted, value, false);
}

/** The first position whose value is > `value`; `sorted.length` when none is. */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
  return firstNotBelow(sorted, value, true);
}

function firstNotBelow(sorted: ArrayLike<number>, value: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v < value || (orEqual && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
