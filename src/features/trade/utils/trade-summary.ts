/**
 * What the chart shows, as facts a sentence can state: each side's peak, the latest official
 * year, how far apart the two sides are, the latest press figures. Pure; the words are made from
 * these facts in every language by `TradeSummary`, never written by hand per year.
 */
import type { Reporter, Side, TradePoint } from '@/lib/trade-points';

export interface SideValue {
  side: Side;
  year: number;
  valueUsd: number;
  /** The value is (or is computed from) a figure flagged as doubtful. */
  uncertain: boolean;
}

export interface TradeSummaryFacts {
  /**
   * The highest official value of each side in the years shown among figures without a flag
   * (absent when it has none): a summary never leads with a figure it marks as doubtful.
   */
  peaks: SideValue[];
  /** Flagged figures higher than their side's peak, named after it (the highest per side). */
  doubtfulAbove: SideValue[];
  /** The latest year with an official value, and each side's value that year. */
  latest: { year: number; values: SideValue[] } | null;
  /** The widest gap between the sides, in years where both give a positive, unflagged value. */
  widestGap: { year: number; ratio: number; vn: number; by: number } | null;
  /** Press figures of the latest year that has any (full years only). */
  press: { year: number; min: PressValue; max: PressValue; count: number } | null;
  /** The official years shown, or null when none. */
  officialYears: { from: number; to: number } | null;
}

export interface PressValue {
  reporter: Reporter;
  valueUsd: number;
  qualifier: TradePoint['qualifier'];
}

/** One point per side and year (the first of duplicates). */
function sideYears(official: TradePoint[]): Record<Side, Map<number, TradePoint>> {
  const out: Record<Side, Map<number, TradePoint>> = { VN: new Map(), BY: new Map() };
  for (const p of official) {
    if (p.reporter !== 'VN' && p.reporter !== 'BY') continue;
    if (!out[p.reporter].has(p.year)) out[p.reporter].set(p.year, p);
  }
  return out;
}

const sideValue = (side: Side, p: TradePoint): SideValue => ({
  side,
  year: p.year,
  valueUsd: p.valueUsd,
  uncertain: p.uncertain,
});

export function tradeSummary(official: TradePoint[], press: TradePoint[]): TradeSummaryFacts {
  const sides = sideYears(official);
  const peaks: SideValue[] = [];
  const doubtfulAbove: SideValue[] = [];
  for (const side of ['VN', 'BY'] as const) {
    let best: TradePoint | null = null;
    let doubtful: TradePoint | null = null;
    for (const p of sides[side].values()) {
      if (p.uncertain) {
        if (!doubtful || p.valueUsd > doubtful.valueUsd) doubtful = p;
      } else if (!best || p.valueUsd > best.valueUsd) best = p;
    }
    if (best) peaks.push(sideValue(side, best));
    if (doubtful && (!best || doubtful.valueUsd > best.valueUsd))
      doubtfulAbove.push(sideValue(side, doubtful));
  }

  let latestYear = -Infinity;
  let firstYear = Infinity;
  for (const p of official) {
    latestYear = Math.max(latestYear, p.year);
    firstYear = Math.min(firstYear, p.year);
  }
  const latest = Number.isFinite(latestYear)
    ? {
        year: latestYear,
        values: (['VN', 'BY'] as const).flatMap((side) => {
          const p = sides[side].get(latestYear);
          return p === undefined ? [] : [sideValue(side, p)];
        }),
      }
    : null;

  let widestGap: TradeSummaryFacts['widestGap'] = null;
  for (const [year, vnPoint] of sides.VN) {
    const byPoint = sides.BY.get(year);
    if (!byPoint || vnPoint.uncertain || byPoint.uncertain) continue;
    const vn = vnPoint.valueUsd;
    const by = byPoint.valueUsd;
    if (vn <= 0 || by <= 0) continue;
    const ratio = Math.max(vn, by) / Math.min(vn, by);
    if (!widestGap || ratio > widestGap.ratio) widestGap = { year, ratio, vn, by };
  }

  let pressFacts: TradeSummaryFacts['press'] = null;
  const full = press.filter((p) => !p.partial && !p.computed);
  if (full.length) {
    const year = Math.max(...full.map((p) => p.year));
    const ofYear = full.filter((p) => p.year === year);
    const value = (p: TradePoint): PressValue => ({
      reporter: p.reporter,
      valueUsd: p.valueUsd,
      qualifier: p.qualifier,
    });
    const sorted = [...ofYear].sort((a, b) => a.valueUsd - b.valueUsd);
    pressFacts = { year, min: value(sorted[0]!), max: value(sorted.at(-1)!), count: ofYear.length };
  }

  return {
    peaks,
    doubtfulAbove,
    latest,
    widestGap,
    press: pressFacts,
    officialYears: latest ? { from: firstYear, to: latest.year } : null,
  };
}
