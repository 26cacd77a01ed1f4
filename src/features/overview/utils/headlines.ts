/** Pure: the Overview's headline figures from the loaded records and the year range. */
import type { DatasetEvent, Partnership, TradeFigure } from '@data/schema';
import { yearInRange, type YearRange } from '@/lib/url/year-range';

export interface Headlines {
  /** Newest total-trade figure with Belarus from each reporting side, within the range. */
  latestTrade: { VN?: TradeFigure; BY?: TradeFigure };
  visits: number;
  agreements: number;
  /** Partnerships signed by the end year, plus those with no known date. */
  partnerships: number;
}

const VISIT_KINDS = new Set(['visit', 'meeting', 'talks']);

/** Newest first: later year, then longer period (a full year beats Jan–Sep of the same year). */
function newer(a: TradeFigure, b: TradeFigure): TradeFigure {
  if (a.period.year !== b.period.year) return a.period.year > b.period.year ? a : b;
  return a.period.months[1] >= b.period.months[1] ? a : b;
}

export function computeHeadlines(
  trade: TradeFigure[],
  events: DatasetEvent[],
  partnerships: Partnership[],
  range: YearRange,
): Headlines {
  const latestTrade: Headlines['latestTrade'] = {};
  for (const t of trade) {
    if (t.partner !== 'BY' || t.flow !== 'total' || t.reporter === 'other') continue;
    if (!yearInRange(t.period.year, range)) continue;
    const current = latestTrade[t.reporter];
    latestTrade[t.reporter] = current ? newer(current, t) : t;
  }
  const inRange = events.filter((e) => yearInRange(Number(e.date.start.slice(0, 4)), range));
  return {
    latestTrade,
    visits: inRange.filter((e) => VISIT_KINDS.has(e.kind)).length,
    agreements: inRange.filter((e) => e.kind === 'agreement').length,
    partnerships: partnerships.filter((p) => !p.since || Number(p.since.start.slice(0, 4)) <= range.to).length,
  };
}
