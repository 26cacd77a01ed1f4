/**
 * Which connector a click or tap means: the one whose drawn curve passes nearest the pointer,
 * within a reach (a finger needs more than a mouse). Lines that overlap near a shared end
 * (Hanoi–Minsk and Quang Ninh–Minsk) each win on their own side, which a stack of wide invisible
 * hit strokes cannot do: there the last one drawn takes every click.
 */
import type { Curve } from './map-layout';

/** Points per curve when measuring; refined around the best one, so a tenth of a pixel is enough. */
const SAMPLES = 48;

/** The point at `t` (0 = start, 1 = end) on a curve. */
export const pointOnCurve = ([p0, c1, c2, p1]: Curve, t: number): [number, number] => {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return [a * p0[0] + b * c1[0] + c * c2[0] + d * p1[0], a * p0[1] + b * c1[1] + c * c2[1] + d * p1[1]];
};

/** Shortest distance (px) from `point` to the curve: coarse samples, then a narrowing search. */
export function distanceToCurve(point: [number, number], curve: Curve): number {
  const dist = (t: number) => {
    const [x, y] = pointOnCurve(curve, t);
    return Math.hypot(x - point[0], y - point[1]);
  };
  let bestT = 0;
  let best = dist(0);
  for (let i = 1; i <= SAMPLES; i++) {
    const d = dist(i / SAMPLES);
    if (d < best) [best, bestT] = [d, i / SAMPLES];
  }
  // Golden-section-like narrowing around the best sample (the distance is unimodal that close).
  let lo = Math.max(0, bestT - 1 / SAMPLES);
  let hi = Math.min(1, bestT + 1 / SAMPLES);
  for (let i = 0; i < 24; i++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (dist(m1) < dist(m2)) hi = m2;
    else lo = m1;
  }
  return Math.min(best, dist((lo + hi) / 2));
}

/**
 * The id of the curve nearest `point`, if within `reach` px; ties go to the one drawn last
 * (on top). Ids are whatever the caller uses: pickNearest([5, 1], [{ id: 'a', curve }], 8) → 'a'.
 */
export function pickNearest(
  point: [number, number],
  curves: readonly { id: string; curve: Curve }[],
  reach: number,
): string | null {
  let found: string | null = null;
  let best = reach;
  for (const { id, curve } of curves) {
    const d = distanceToCurve(point, curve);
    if (d <= best) [found, best] = [id, d];
  }
  return found;
}
