/**
 * Trade figures → what the chart and the table show. Pure: no React, no formatting.
 * A point is one figure (or one computed balance) placed on the year axis; partial-year figures
 * are kept apart from full years (never joined by a line, never compared with them).
 */
import { lowerBound } from '@/lib/binary-search';
import { recordsInYears, yearIndex, type YearIndex } from '@/lib/filters/year-index';
import { officialFlowPairs } from '@/lib/official-totals';
import {
  pointFromFigure,
  REPORTERS,
  type Qualifier,
  type Reporter,
  type TradePoint,
} from '@/lib/trade-points';
import type { YearRange } from '@/lib/url/year-range';
import type { OfficialFigure, TradeFigure } from '@data/schema';
import type { Flow, SortDir, SortKey } from './trade-params';

const FLOW_OF: Record<Exclude<Flow, 'balance'>, TradeFigure['flow']> = {
  total: 'total',
  exports: 'vn-exports',
  imports: 'vn-imports',
};

const reporterRank = (r: Reporter) => REPORTERS.indexOf(r);

/** Stable reading order: year, official before press, reporter (VN, BY, other), full year before parts, id. */
export function comparePoints(a: TradePoint, b: TradePoint): number {
  return (
    a.year - b.year ||
    Number(a.kind === 'press') - Number(b.kind === 'press') ||
    reporterRank(a.reporter) - reporterRank(b.reporter) ||
    Number(a.partial) - Number(b.partial) ||
    a.months[0] - b.months[0] ||
    a.months[1] - b.months[1] ||
    a.id.localeCompare(b.id)
  );
}

const periodKey = (f: TradeFigure) => `${f.reporter}|${f.period.year}|${f.period.months.join('-')}`;

/**
 * Vietnam's balance with Belarus (exports − imports), only where the same reporter gives both
 * for the same period. Figures from one source are paired first; the rest in id order.
 */
export function balancePoints(trade: TradeFigure[]): TradePoint[] {
  const byBelarus = trade.filter((f) => f.partner === 'BY');
  const imports = new Map<string, TradeFigure[]>();
  for (const f of byBelarus.filter((f) => f.flow === 'vn-imports').sort((a, b) => a.id.localeCompare(b.id))) {
    imports.set(periodKey(f), [...(imports.get(periodKey(f)) ?? []), f]);
  }
  const exports = byBelarus.filter((f) => f.flow === 'vn-exports').sort((a, b) => a.id.localeCompare(b.id));
  const pairs: [TradeFigure, TradeFigure][] = [];
  const unpaired: TradeFigure[] = [];
  for (const ex of exports) {
    const pool = imports.get(periodKey(ex)) ?? [];
    const i = pool.findIndex((im) => im.sourceId === ex.sourceId);
    if (i >= 0) pairs.push([ex, pool.splice(i, 1)[0]!]);
    else unpaired.push(ex);
  }
  for (const ex of unpaired) {
    const pool = imports.get(periodKey(ex)) ?? [];
    if (pool.length) pairs.push([ex, pool.shift()!]);
  }
  return pairs
    .map(([ex, im]) => ({
      id: `balance-${ex.id}-${im.id}`,
      kind: 'press' as const,
      reporter: ex.reporter,
      year: ex.period.year,
      months: ex.period.months,
      valueUsd: ex.valueUsd - im.valueUsd,
      // A difference of two rounded or hedged figures is itself approximate.
      qualifier: (ex.qualifier === 'exact' && im.qualifier === 'exact' ? 'exact' : 'about') as Qualifier,
      partial: ex.flags.partial,
      uncertain: ex.flags.uncertain || im.flags.uncertain,
      conflicting: ex.flags.conflicting || im.flags.conflicting,
      computed: true,
      figures: [ex, im],
      cells: [],
    }))
    .sort(comparePoints);
}

/**
 * The two cells that measure one flow, as each reporter states it (mirror statistics):
 * goods Vietnam → Belarus are Vietnam's exports (FOB) and Belarus's imports from Vietnam (CIF).
 */
const OFFICIAL_CELLS: Record<
  Exclude<Flow, 'total' | 'balance'>,
  Record<'VN' | 'BY', OfficialFigure['flow']>
> = {
  exports: { VN: 'exports', BY: 'imports' },
  imports: { VN: 'imports', BY: 'exports' },
};

const officialPoint = (
  id: string,
  cells: OfficialFigure[],
  valueUsd: number,
  computed: boolean,
): TradePoint => ({
  id,
  kind: 'official',
  reporter: cells[0]!.reporter,
  year: cells[0]!.year,
  months: [1, 12],
  valueUsd,
  qualifier: 'exact',
  partial: false,
  uncertain: cells.some((c) => c.flags.uncertain),
  conflicting: false,
  computed,
  figures: [],
  cells,
});

/**
 * The official (IMF DOTS) Vietnam–Belarus series of one flow, as each side reports it, in
 * reading order. A total (exports + imports) or balance (Vietnam's exports − its imports) exists
 * for a reporter and year only where both of its cells exist, and is marked computed; an empty
 * cell is no point at all, never zero.
 */
export function officialPointsForFlow(official: OfficialFigure[], flow: Flow): TradePoint[] {
  if (flow === 'exports' || flow === 'imports') {
    return official
      .filter(
        (f) =>
          f.partner === (f.reporter === 'VN' ? 'BY' : 'VN') && f.flow === OFFICIAL_CELLS[flow][f.reporter],
      )
      .map((f) => officialPoint(f.id, [f], f.valueUsd, false))
      .sort(comparePoints);
  }
  const out: TradePoint[] = [];
  for (const [reporter, partner] of [
    ['VN', 'BY'],
    ['BY', 'VN'],
  ] as const) {
    for (const { exports: ex, imports: im } of officialFlowPairs(official, reporter, partner).values()) {
      if (!ex || !im) continue;
      // Vietnam's balance: its exports minus its imports, as either side's cells give them.
      const [vnOut, vnIn] = reporter === 'VN' ? [ex, im] : [im, ex];
      const value = flow === 'total' ? ex.valueUsd + im.valueUsd : vnOut.valueUsd - vnIn.valueUsd;
      out.push(officialPoint(`${flow}-${ex.id}-${im.id}`, [vnOut, vnIn], value, true));
    }
  }
  return out.sort(comparePoints);
}

/** Every Vietnam–Belarus point of one flow, all years and reporters, in reading order. */
export function pointsForFlow(trade: TradeFigure[], flow: Flow): TradePoint[] {
  if (flow === 'balance') return balancePoints(trade);
  return trade
    .filter((f) => f.partner === 'BY' && f.flow === FLOW_OF[flow])
    .map(pointFromFigure)
    .sort(comparePoints);
}

/** Points indexed by year (`pointIndex`), so a year step costs O(log n + k). */
export type PointIndex = YearIndex<TradePoint>;

const pointYear = (p: TradePoint) => p.year;

/**
 * The year index of a list of points: build it once per list (per flow), where the list is made.
 * Within a year the list's own order is kept, so a list in reading order stays in reading order.
 */
export function pointIndex(points: readonly TradePoint[]): PointIndex {
  return yearIndex(points, pointYear);
}

/**
 * The points a reader sees: years in the range, reporters chosen, in the index's order (years
 * ascending, the list's order within a year). The range is found by binary search.
 */
export function visiblePoints(
  index: PointIndex,
  range: YearRange,
  series: readonly Reporter[],
): TradePoint[] {
  const inYears = recordsInYears(index, range);
  const vn = series.includes('VN');
  const by = series.includes('BY');
  const other = series.includes('other');
  if (vn && by && other) return inYears;
  const out: TradePoint[] = [];
  for (let i = 0; i < inYears.length; i++) {
    const p = inYears[i]!;
    const r = p.reporter;
    if (r === 'VN' ? vn : r === 'BY' ? by : other) out.push(p);
  }
  return out;
}

/** A change between two comparable figures: `ratio` 0.12 is +12% versus `vsYear`. */
export interface Change {
  ratio: number;
  vsYear: number;
  vsId: string;
}

const sourceKey = (p: TradePoint) => [...p.figures, ...p.cells].map((f) => f.sourceId).join('+');

/**
 * Each point's change versus the previous available year of the same reporter, flow and months
 * span (Jan–Aug only against Jan–Aug, so never a part of a year against a full one), by point id.
 * Where that year has several figures, the one from the same source is used; if none is, there
 * is no change. `all` must hold one flow only (as `pointsForFlow` gives). The peers are indexed
 * once by reporter and months span (years ascending), so this is O(n log n) rather than a pass
 * over `all` per point.
 */
export function changesById(points: TradePoint[], all: TradePoint[]): Map<string, Change | null> {
  // reporter|span → year → points of that year, in the order of `all`.
  const groups = new Map<string, Map<number, TradePoint[]>>();
  for (const p of all) {
    const key = `${p.kind}|${p.reporter}|${p.months[0]}|${p.months[1]}`;
    let byYear = groups.get(key);
    if (!byYear) groups.set(key, (byYear = new Map()));
    const list = byYear.get(p.year);
    if (list) list.push(p);
    else byYear.set(p.year, [p]);
  }
  const years = new Map<string, number[]>();
  for (const [key, byYear] of groups)
    years.set(
      key,
      [...byYear.keys()].sort((a, b) => a - b),
    );
  const out = new Map<string, Change | null>();
  for (const point of points) {
    const key = `${point.kind}|${point.reporter}|${point.months[0]}|${point.months[1]}`;
    const ys = years.get(key);
    // The latest year below the point's.
    const lo = ys ? lowerBound(ys, point.year) : 0;
    if (!ys || lo === 0) {
      out.set(point.id, null);
      continue;
    }
    const prevYear = ys[lo - 1]!;
    const candidates = groups.get(key)!.get(prevYear)!;
    const own = sourceKey(point);
    const prev =
      candidates.find((c) => sourceKey(c) === own) ?? (candidates.length === 1 ? candidates[0] : undefined);
    out.set(
      point.id,
      !prev || prev.valueUsd === 0
        ? null
        : {
            ratio: (point.valueUsd - prev.valueUsd) / Math.abs(prev.valueUsd),
            vsYear: prev.year,
            vsId: prev.id,
          },
    );
  }
  return out;
}

/** Sorts table rows by a column; ties and missing changes fall back to reading order. */
export function sortPoints(
  points: TradePoint[],
  changes: Map<string, Change | null>,
  key: SortKey,
  dir: SortDir,
): TradePoint[] {
  const sign = dir === 'asc' ? 1 : -1;
  const value = (p: TradePoint): number | null => {
    if (key === 'year') return p.year;
    if (key === 'reporter') return reporterRank(p.reporter);
    if (key === 'value') return p.valueUsd;
    return changes.get(p.id)?.ratio ?? null;
  };
  return [...points].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    // Rows without a change go last whichever the direction.
    if (va === null || vb === null) return va === vb ? comparePoints(a, b) : va === null ? 1 : -1;
    return sign * (va - vb) || comparePoints(a, b);
  });
}

/** Years with a point, nearest below and above a range that shows none: for "try 2019". */
export function nearestYearsWithData(
  points: TradePoint[],
  range: YearRange,
): { before: number | null; after: number | null } {
  const years = points.map((p) => p.year);
  const below = years.filter((y) => y < range.from);
  const above = years.filter((y) => y > range.to);
  return {
    before: below.length ? Math.max(...below) : null,
    after: above.length ? Math.min(...above) : null,
  };
}
