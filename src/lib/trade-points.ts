/**
 * Pure: a trade figure as a point on a year axis, and the mark each reporter's points are drawn
 * with, shared by every view that draws trade (Trade's chart and table, the Overview's picture).
 */
import type { OfficialFigure, TradeFigure } from '@data/schema';

/** Who states a figure: one of the two sides, or a third party (a ministry abroad, the press). */
export const REPORTERS = ['VN', 'BY', 'other'] as const;
export type Reporter = (typeof REPORTERS)[number];

/** The two sides, each reporting its own official statistics. */
export type Side = 'VN' | 'BY';
export const SIDES: readonly Side[] = ['VN', 'BY'];

export type Qualifier = TradeFigure['qualifier'];

/** One value on a chart and one row in a table. */
export interface TradePoint {
  /** The figure's id, or `balance-<exportId>-<importId>` for a computed balance. */
  id: string;
  /** `official`: a statistic (IMF DOTS) drawn as a line; `press`: a figure quoted in the news. */
  kind: 'official' | 'press';
  reporter: Reporter;
  year: number;
  /** First and last month covered: [1, 12] is the full year. */
  months: [number, number];
  /** US dollars; a balance (exports − imports) may be negative. */
  valueUsd: number;
  qualifier: Qualifier;
  partial: boolean;
  uncertain: boolean;
  conflicting: boolean;
  /** Computed here (a balance), not a figure any source gives. */
  computed: boolean;
  /** The press records the point comes from: one, or the export and import of a balance. */
  figures: TradeFigure[];
  /** The statistical cells an official point comes from: one, or the two flows it sums. */
  cells: OfficialFigure[];
}

/** A press figure as it stands: on its year and months, its flags as the record gives them. */
export function pointFromFigure(f: TradeFigure): TradePoint {
  return {
    id: f.id,
    kind: 'press',
    reporter: f.reporter,
    year: f.period.year,
    months: f.period.months,
    valueUsd: f.valueUsd,
    qualifier: f.qualifier,
    partial: f.flags.partial,
    uncertain: f.flags.uncertain,
    conflicting: f.flags.conflicting,
    computed: false,
    figures: [f],
    cells: [],
  };
}

/**
 * A reporter's mark centred on (x, y): Vietnam a circle, Belarus a square, anyone else a
 * triangle, so the series differ by more than colour. `size` is the circle's radius.
 */
export type MarkShape =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'square'; x: number; y: number; side: number }
  | { kind: 'triangle'; points: [number, number][] };

const r1 = (v: number) => Math.round(v * 10) / 10;

export function markShape(reporter: Reporter, x: number, y: number, size: number): MarkShape {
  if (reporter === 'VN') return { kind: 'circle', cx: x, cy: y, r: size };
  if (reporter === 'BY') {
    // A little smaller than the circle's box, so the two look the same size.
    const s = r1(size * 0.9);
    return { kind: 'square', x: x - s, y: y - s, side: 2 * s };
  }
  const h = r1(size * 1.25);
  return {
    kind: 'triangle',
    points: [
      [x, y - h],
      [x + h, y + h * 0.8],
      [x - h, y + h * 0.8],
    ],
  };
}

/** The mark as one SVG path, rounded to 0.1 px: many marks merge into one `d`. */
export function markPath(reporter: Reporter, x: number, y: number, size: number): string {
  const m = markShape(reporter, x, y, size);
  if (m.kind === 'circle') {
    return `M${r1(m.cx - m.r)},${r1(m.cy)}a${m.r},${m.r} 0 1,0 ${2 * m.r},0a${m.r},${m.r} 0 1,0 ${-2 * m.r},0`;
  }
  if (m.kind === 'square') return `M${r1(m.x)},${r1(m.y)}h${m.side}v${m.side}h${-m.side}Z`;
  return `M${m.points.map(([px, py]) => `${r1(px)},${r1(py)}`).join('L')}Z`;
}
