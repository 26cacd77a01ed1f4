/** Pure: the Overview's headline figures from the loaded records and the year range. */
import { officialTotals } from '@/lib/official-totals';
import { existsBy, pairSince } from '@/lib/partnerships';
import { yearInRange, type YearRange } from '@/lib/url/year-range';
import type { DatasetEvent, EventKind, OfficialFigure, Partnership, TradeFigure } from '@data/schema';

/** One reporting side's newest figures: every full-year figure of its newest full year (sources may disagree), and a newer part-year figure if there is one. */
export interface LatestTrade {
  full: TradeFigure[];
  partial?: TradeFigure;
}

export interface Headlines {
  latestTrade: { VN?: LatestTrade; BY?: LatestTrade };
  visits: number;
  agreements: number;
  /** Partnerships signed by the end year, plus those with no known date. */
  partnerships: number;
  /** The newest events in the range, newest first. */
  recent: DatasetEvent[];
}

/** The kinds the visits card counts, in the order the Visits view writes its `kind` param. */
export const VISIT_KINDS: readonly EventKind[] = ['visit', 'meeting', 'talks'];

/**
 * The Visits view's own params that list exactly what a count card counts; the years travel
 * with every link between views, so the view shows the same number.
 */
export const COUNT_SEARCH = {
  visits: { kind: VISIT_KINDS.join(',') },
  agreements: { kind: 'agreement' },
} as const satisfies Record<string, Record<string, string>>;
const RECENT = 4;

function latestOf(figures: TradeFigure[]): LatestTrade | undefined {
  const full = figures.filter((f) => !f.flags.partial);
  const fullYear = Math.max(...full.map((f) => f.period.year));
  const newestFull = full.filter((f) => f.period.year === fullYear);
  const partial = figures
    .filter((f) => f.flags.partial && (full.length === 0 || f.period.year > fullYear))
    .sort((a, b) => b.period.year - a.period.year || b.period.months[1] - a.period.months[1])[0];
  if (newestFull.length === 0 && !partial) return undefined;
  return partial ? { full: newestFull, partial } : { full: newestFull };
}

export function computeHeadlines(
  trade: TradeFigure[],
  events: DatasetEvent[],
  partnerships: Partnership[],
  range: YearRange,
): Headlines {
  const totals = trade.filter(
    (t) => t.partner === 'BY' && t.flow === 'total' && yearInRange(t.period.year, range),
  );
  const latestTrade: Headlines['latestTrade'] = {};
  for (const reporter of ['VN', 'BY'] as const) {
    const latest = latestOf(totals.filter((t) => t.reporter === reporter));
    if (latest) latestTrade[reporter] = latest;
  }
  const inRange = events.filter((e) => yearInRange(Number(e.date.start.slice(0, 4)), range));
  return {
    latestTrade,
    visits: inRange.filter((e) => VISIT_KINDS.includes(e.kind)).length,
    agreements: inRange.filter((e) => e.kind === 'agreement').length,
    partnerships: partnerships.filter((p) => existsBy(pairSince(p), range.to)).length,
    recent: [...inRange].sort((a, b) => b.date.start.localeCompare(a.date.start)).slice(0, RECENT),
  };
}

/** A side's newest official total in the years chosen (IMF DOTS, exports + imports, computed). */
export interface LatestOfficial {
  year: number;
  valueUsd: number;
}

/** Each side's newest official total with the other within the range, where it reports both flows. */
export function latestOfficialTotals(
  official: OfficialFigure[],
  range: YearRange,
): { VN?: LatestOfficial; BY?: LatestOfficial } {
  const out: { VN?: LatestOfficial; BY?: LatestOfficial } = {};
  for (const [reporter, partner] of [
    ['VN', 'BY'],
    ['BY', 'VN'],
  ] as const) {
    const years = [...officialTotals(official, reporter, partner)].filter(([y]) => yearInRange(y, range));
    if (!years.length) continue;
    const [year, valueUsd] = years.reduce((a, b) => (b[0] > a[0] ? b : a));
    out[reporter] = { year, valueUsd };
  }
  return out;
}
