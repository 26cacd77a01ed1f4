import { useMemo } from 'react';
import type { TradePoint } from '@/lib/trade-points';
import type { YearRange } from '@/lib/url/year-range';
import type { OfficialFigure, TradeFigure } from '@data/schema';
import type { DatasetEvent } from '@data/schema';
import { allEventMarkers, markerIndex, markersInYears, type EventMarker } from '../utils/trade-context';
import type { TradeParams } from '../utils/trade-params';
import { officialPointsForFlow, pointIndex, pointsForFlow, visiblePoints } from '../utils/trade-series';
import { tradeSummary } from '../utils/trade-summary';

const ALL_YEARS = { from: -Infinity, to: Infinity };
const NO_POINTS: TradePoint[] = [];
const NO_EVENTS: EventMarker[] = [];

interface Input {
  trade: TradeFigure[];
  official: OfficialFigure[];
  events: DatasetEvent[];
}

function yearSpan(lists: TradePoint[][]): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const list of lists) {
    for (const p of list) {
      if (p.year < lo) lo = p.year;
      if (p.year > hi) hi = p.year;
    }
  }
  return { lo, hi };
}

/**
 * The chart's data for the URL state and years. What does not depend on the years is computed
 * once per data, flow and reporters; a year step only narrows the lists by years (binary search).
 */
export function useTradeSeries(data: Input, params: TradeParams, range: YearRange) {
  // `series` keeps its identity while its value does (useViewParams), so a year step skips these.
  const { flow, mirror, markers, series } = params;
  // Each list is indexed by year once per data and flow; every year step reads the index.
  const allOfficial = useMemo(
    () => pointIndex(officialPointsForFlow(data.official, flow)),
    [data.official, flow],
  );
  const allPress = useMemo(() => pointIndex(pointsForFlow(data.trade, flow)), [data.trade, flow]);
  const official = useMemo(() => visiblePoints(allOfficial, ALL_YEARS, series), [allOfficial, series]);
  const press = useMemo(
    () => (mirror ? NO_POINTS : visiblePoints(allPress, ALL_YEARS, series)),
    [allPress, series, mirror],
  );
  const span = useMemo(() => yearSpan([official, press]), [official, press]);
  // The chart spans the chosen years that have figures, not decades without any.
  const from = Math.max(range.from, span.lo);
  const to = Math.min(range.to, span.hi);
  const [chartFrom, chartTo] = from <= to ? [from, to] : [range.from, range.to];
  const chartRange = useMemo(() => ({ from: chartFrom, to: chartTo }), [chartFrom, chartTo]);
  const visibleOfficial = useMemo(
    () => visiblePoints(allOfficial, chartRange, series),
    [allOfficial, chartRange, series],
  );
  const visiblePress = useMemo(
    () => (mirror ? NO_POINTS : visiblePoints(allPress, chartRange, series)),
    [allPress, chartRange, series, mirror],
  );
  const allEvents = useMemo(() => markerIndex(allEventMarkers(data.events)), [data.events]);
  const events = useMemo(
    () => (markers ? markersInYears(allEvents, chartRange) : NO_EVENTS),
    [allEvents, chartRange, markers],
  );
  const summary = useMemo(() => tradeSummary(visibleOfficial, visiblePress), [visibleOfficial, visiblePress]);
  return {
    /** Every point of the flow and reporters, all years (for changes and "nearest years"). */
    all: useMemo(() => [...official, ...press], [official, press]),
    chartRange,
    official: visibleOfficial,
    press: visiblePress,
    events,
    summary,
  };
}
