/**
 * Pure: what the Overview's small trade picture shows. Each side's official totals (IMF DOTS,
 * exports plus imports as that side reports them) by year, the newest press figures the trade
 * cards name, and the years a side gives no total for: a line is broken there, never joined.
 */
import { officialFlowPairs } from '@/lib/official-totals';
import { pointFromFigure, SIDES, type Side, type TradePoint } from '@/lib/trade-points';
import { yearInRange, type YearRange } from '@/lib/url/year-range';
import type { OfficialFigure } from '@data/schema';
import type { LatestTrade } from './headlines';

/** One official total: a year's export and import cells of one reporter, added. */
export interface OfficialPoint {
  year: number;
  valueUsd: number;
  /** Either cell is kept as published but doubtful. */
  uncertain: boolean;
  /** Either cell is the IMF's own estimate. */
  estimated: boolean;
}

export interface TradePicture {
  /**
   * The years drawn: the years chosen, cut to those the figures can cover (the first to the last
   * year of any official total or marked press figure), so a stretch without figures shows as such.
   */
  from: number;
  to: number;
  /** Each side's totals in the range, oldest first. */
  official: Record<Side, OfficialPoint[]>;
  /** The years of either side's official totals, or null when there are none in the range. */
  officialSpan: YearRange | null;
  /** Years within `officialSpan` a side gives no total for, oldest first. */
  missing: Record<Side, number[]>;
  /** The newest press figures of each side, in the order the cards name them (hollow marks: part of a year). */
  press: TradePoint[];
  /** The largest value drawn (the top of the scale). */
  maxUsd: number;
}

function officialPoints(official: OfficialFigure[], side: Side, range: YearRange): OfficialPoint[] {
  const out: OfficialPoint[] = [];
  for (const [year, { exports, imports }] of officialFlowPairs(official, side, side === 'VN' ? 'BY' : 'VN')) {
    // An empty cell is never read as zero: no total that year.
    if (!exports || !imports || !yearInRange(year, range)) continue;
    out.push({
      year,
      valueUsd: exports.valueUsd + imports.valueUsd,
      uncertain: exports.flags.uncertain || imports.flags.uncertain,
      estimated: exports.flags.estimated || imports.flags.estimated,
    });
  }
  return out.sort((a, b) => a.year - b.year);
}

/**
 * The picture of the years in `range`, or null when neither kind of figure falls in them.
 * `latest` is the cards' reading of the press figures (`computeHeadlines`), so the picture marks
 * exactly the figures the cards state.
 */
export function tradePicture(
  official: OfficialFigure[],
  latest: Partial<Record<Side, LatestTrade>>,
  range: YearRange,
): TradePicture | null {
  const points = { VN: officialPoints(official, 'VN', range), BY: officialPoints(official, 'BY', range) };
  const press = SIDES.flatMap((side) => {
    const l = latest[side];
    if (!l) return [];
    return [...l.full, ...(l.partial ? [l.partial] : [])].map(pointFromFigure);
  });
  const officialYears = SIDES.flatMap((s) => points[s].map((p) => p.year));
  if (officialYears.length === 0 && press.length === 0) return null;
  const everyYear = [
    ...SIDES.flatMap((s) =>
      officialPoints(official, s, { from: -Infinity, to: Infinity }).map((p) => p.year),
    ),
    ...press.map((p) => p.year),
  ];
  const officialSpan = officialYears.length
    ? { from: Math.min(...officialYears), to: Math.max(...officialYears) }
    : null;
  const missing = { VN: [] as number[], BY: [] as number[] };
  if (officialSpan) {
    for (const side of SIDES) {
      const have = new Set(points[side].map((p) => p.year));
      for (let y = officialSpan.from; y <= officialSpan.to; y++) if (!have.has(y)) missing[side].push(y);
    }
  }
  return {
    from: Math.max(range.from, Math.min(...everyYear)),
    to: Math.min(range.to, Math.max(...everyYear)),
    official: points,
    officialSpan,
    missing,
    press,
    maxUsd: Math.max(
      ...SIDES.flatMap((s) => points[s].map((p) => p.valueUsd)),
      ...press.map((p) => p.valueUsd),
    ),
  };
}

/** Years as runs, for prose: [1992, 1994, 2001, 2002, 2003] → [[1992, 1992], [1994, 1994], [2001, 2003]]. */
export function yearRuns(years: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs;
}
