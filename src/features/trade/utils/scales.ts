/**
 * Small numeric scales for the hand-drawn SVG charts (linear and log), with readable ticks.
 *   linearTicks(0, 180e6, 5) → [0, 50e6, 100e6, 150e6];  logTicks(3e6, 4e8) → [5e6, 1e7, 2e7, 5e7, 1e8, 2e8]
 */

export interface Scale {
  (value: number): number;
  ticks: number[];
  domain: [number, number];
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * power;
}

/** About `count` round ticks covering [min, max]. */
export function linearTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const step = niceStep(max - min, count);
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    ticks.push(Math.round(v / step) * step);
  return ticks;
}

/**
 * A log axis's domain from the power of ten at or below the smallest positive value to the one at
 * or above the largest, at least one decade wide: [3e6, 4e8] → [1e6, 1e9].
 */
export function decadeDomain(values: number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [1, 10];
  const max = Math.max(...positive);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  return [lo, Math.max(10 ** Math.ceil(Math.log10(max)), lo * 10)];
}

/** Ticks at 1, 2, 5 × 10^k within [min, max]; thinned to 1 × 10^k when there are too many. */
export function logTicks(min: number, max: number, count = 6): number[] {
  if (!(min > 0) || !(max >= min)) return [];
  const all: number[] = [];
  for (let k = Math.floor(Math.log10(min)); k <= Math.ceil(Math.log10(max)); k++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** k;
      if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) all.push(v);
    }
  }
  if (all.length <= count) return all;
  const powers = all.filter(
    (v) => Number.isInteger(Math.log10(v)) || Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9,
  );
  return powers.length >= 2 ? powers : all.filter((_, i) => i % Math.ceil(all.length / count) === 0);
}

/** Maps [d0, d1] onto [r0, r1] in a straight line; the domain is widened to round ticks. */
export function linearScale(
  values: number[],
  range: [number, number],
  tickCount: number,
  includeZero = true,
): Scale {
  let lo = Math.min(...values, includeZero ? 0 : Infinity);
  let hi = Math.max(...values, includeZero ? 0 : -Infinity);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) hi = lo + 1;
  // A little headroom so that the highest marker is not cut by the top edge.
  if (hi > 0) hi += (hi - lo) * 0.04;
  const step = niceStep(hi - lo, tickCount);
  const d0 = Math.floor(lo / step) * step;
  const d1 = Math.ceil(hi / step) * step;
  const f = ((v: number) => range[0] + ((v - d0) / (d1 - d0)) * (range[1] - range[0])) as Scale;
  f.ticks = linearTicks(d0, d1, tickCount);
  f.domain = [d0, d1];
  return f;
}

/** Maps positive values on a log scale, the domain widened to powers of ten or 1/2/5 steps. */
export function logScale(values: number[], range: [number, number], tickCount: number): Scale {
  const positive = values.filter((v) => v > 0);
  let lo = positive.length ? Math.min(...positive) : 1;
  let hi = positive.length ? Math.max(...positive) : 10;
  const down = (v: number) => {
    const p = 10 ** Math.floor(Math.log10(v));
    return [5, 2, 1].map((m) => m * p).find((c) => c <= v) ?? p;
  };
  const up = (v: number) => {
    const p = 10 ** Math.floor(Math.log10(v));
    return [1, 2, 5, 10].map((m) => m * p).find((c) => c >= v) ?? 10 * p;
  };
  lo = down(lo);
  hi = up(hi * 1.04);
  if (lo === hi) hi = lo * 10;
  const l0 = Math.log10(lo);
  const l1 = Math.log10(hi);
  const f = ((v: number) =>
    range[0] + ((Math.log10(Math.max(v, lo)) - l0) / (l1 - l0)) * (range[1] - range[0])) as Scale;
  f.ticks = logTicks(lo, hi, tickCount);
  f.domain = [lo, hi];
  return f;
}
