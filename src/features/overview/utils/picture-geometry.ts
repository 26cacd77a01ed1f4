/**
 * Pure: the Overview's trade picture as SVG geometry for a given size. Years run left to right,
 * values from zero up (a linear scale: the picture compares sizes). Each side's official totals
 * are one path, with a new sub-path after every missing year; press figures sit on their year.
 */
import { SIDES, type Reporter, type Side } from '@/lib/trade-points';
import type { TradePicture } from './trade-picture';

export interface PictureGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Each side's official line: `M` starts a run of consecutive years, `L` continues it. */
  lines: Record<Side, string>;
  /** A small dot on every official value, so a year standing alone still shows. */
  dots: { side: Side; year: number; x: number; y: number }[];
  marks: { id: string; reporter: Reporter; x: number; y: number; hollow: boolean }[];
  /** Where a "?" goes beside a doubtful value. */
  doubts: { x: number; y: number }[];
  yTicks: { value: number; y: number }[];
  xTicks: { year: number; x: number }[];
}

/** Below this many px between year labels, they would touch (four digits at 11 px). */
const MIN_YEAR_GAP = 36;
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];
/** Inside the plot, so a mark on the first or last year is not cut by the edge. */
const INSET = 8;
/** Width of a digit at the ticks' 11 px, rounded up: the left margin fits the longest label. */
const DIGIT = 6.7;

/** A round step near `raw`: 102 → 100, 61 → 50, 0.7 → 0.5 (1, 2, 2.5 or 5 times a power of ten). */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw * 0.75)!;
}

/** Value ticks from zero: about four steps, the last at or above `max`. */
export function valueTicks(max: number): number[] {
  const step = niceStep(max / 4);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step / 1e6; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/**
 * The years labelled on an axis `px` wide: both ends, and multiples of the smallest step that
 * leaves MIN_YEAR_GAP between labels. 1992–2025 at 300 px → 1992, 2000, 2005, … 2020, 2025
 * (1995 is too close to 1992 and left out).
 */
export function yearTicks(from: number, to: number, px: number): number[] {
  if (to <= from) return [from];
  const perYear = px / (to - from);
  const step = YEAR_STEPS.find((s) => s * perYear >= MIN_YEAR_GAP) ?? to - from;
  const ticks = [from];
  for (let y = Math.ceil((from + 1) / step) * step; y < to; y += step) {
    if ((y - from) * perYear >= MIN_YEAR_GAP && (to - y) * perYear >= MIN_YEAR_GAP) ticks.push(y);
  }
  if ((to - from) * perYear >= MIN_YEAR_GAP) ticks.push(to);
  return ticks;
}

/**
 * The picture drawn `width` × `height` px. `tickLabel` writes a value tick as the axis shows it
 * (its length sets the left margin).
 */
export function pictureGeometry(
  p: TradePicture,
  width: number,
  height: number,
  tickLabel: (valueUsd: number) => string,
): PictureGeometry {
  const values = valueTicks(p.maxUsd);
  const longest = Math.max(...values.map((v) => tickLabel(v).length));
  const plot = { left: Math.ceil(longest * DIGIT) + 8, top: 10, right: width - 6, bottom: height - 22 };
  const top = values.at(-1)!;
  const span = plot.right - plot.left - 2 * INSET;
  const x = (year: number) =>
    p.to === p.from
      ? (plot.left + plot.right) / 2
      : plot.left + INSET + ((year - p.from) / (p.to - p.from)) * span;
  const y = (usd: number) => plot.bottom - (usd / top) * (plot.bottom - plot.top);
  const r = (n: number) => Math.round(n * 10) / 10;

  const lines = { VN: '', BY: '' };
  const dots: PictureGeometry['dots'] = [];
  const doubts: PictureGeometry['doubts'] = [];
  for (const side of SIDES) {
    let prev: number | null = null;
    for (const pt of p.official[side]) {
      const px = r(x(pt.year));
      const py = r(y(pt.valueUsd));
      // A missing year breaks the line: a new sub-path, never a segment across the gap.
      lines[side] += `${prev !== null && pt.year === prev + 1 ? 'L' : 'M'}${px},${py}`;
      prev = pt.year;
      dots.push({ side, year: pt.year, x: px, y: py });
      if (pt.uncertain) doubts.push({ x: px, y: py });
    }
  }
  const marks = p.press.map((f) => ({
    id: f.id,
    reporter: f.reporter,
    x: r(x(f.year)),
    y: r(y(f.valueUsd)),
    hollow: f.partial,
  }));
  for (const [i, f] of p.press.entries()) if (f.uncertain) doubts.push({ x: marks[i]!.x, y: marks[i]!.y });

  return {
    width,
    height,
    plot,
    lines,
    dots,
    marks,
    doubts,
    yTicks: values.map((value) => ({ value, y: r(y(value)) })),
    xTicks: yearTicks(p.from, p.to, span).map((year) => ({ year, x: r(x(year)) })),
  };
}
