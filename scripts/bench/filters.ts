/**
 * The views' pure filter functions on synthetic data (year range plus kind), timed in Node:
 * median of several runs. Synthetic records are made here and never shipped.
 */
import { performance } from 'node:perf_hooks';
import type { Partnership, TradeFigure } from '../../data/schema.ts';
import { filterPairs, pairIndex } from '../../src/features/partners/utils/filter-pairs.ts';
import { pointIndex, pointsForFlow, visiblePoints } from '../../src/features/trade/utils/trade-series.ts';
import { eventIndex, filterEvents } from '../../src/features/visits/utils/filter-events.ts';
import { syntheticEvents } from '../../src/testing/event-fixtures.ts';

const RUNS = 9;

function timeMedian(fn: () => unknown): number {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

function syntheticTrade(n: number): TradeFigure[] {
  const flows = ['total', 'vn-exports', 'vn-imports'] as const;
  const reporters = ['VN', 'BY', 'other'] as const;
  return Array.from({ length: n }, (_, i) => ({
    id: `t-${i}`,
    reporter: reporters[i % 3]!,
    partner: 'BY',
    flow: flows[i % 3]!,
    period: { year: 1990 + (i % 35), months: [1, 12] as [number, number] },
    valueUsd: 1e6 + i,
    qualifier: 'exact',
    flags: { partial: false, uncertain: false, conflicting: false },
    sourceId: 's',
    quote: 'q',
  }));
}

function syntheticPairs(n: number): Partnership[] {
  const statuses = ['signed', 'proposed', 'cited'] as const;
  return Array.from({ length: n }, (_, i) => ({
    id: `p-${i}`,
    vnPlaceId: 'a',
    byPlaceId: 'b',
    status: statuses[i % 3]!,
    since: i % 7 === 0 ? null : { start: String(1990 + (i % 35)), precision: 'year' as const },
    documents: [],
    sourceIds: ['s'],
    quotes: [{ sourceId: 's', text: 'A quote.', shows: 'signed' as const }],
  }));
}

/** Median milliseconds of each view's filter on `n` records. */
export function benchFilters(n: number): { metric: string; value: number }[] {
  // Each view indexes its data once when it arrives; what is timed is one filter step.
  const events = eventIndex(syntheticEvents(n), []);
  const trade = pointIndex(pointsForFlow(syntheticTrade(n), 'total'));
  const pairs = pairIndex(syntheticPairs(n));
  const label = `${n / 1e6}M`;
  return [
    {
      metric: `visits filter, ${label} events (years + kind)`,
      value: timeMedian(() =>
        filterEvents(events, { kinds: ['visit'], levels: [], dirs: [], q: '', from: 2010, to: 2020 }),
      ),
    },
    {
      metric: `trade filter, ${label} points (years + series)`,
      value: timeMedian(() => visiblePoints(trade, { from: 2010, to: 2020 }, ['VN', 'BY'])),
    },
    {
      metric: `partners filter, ${label} pairs (years + status)`,
      value: timeMedian(() => filterPairs(pairs, { to: 2020, status: ['signed'], showUndated: true })),
    },
  ];
}

if (process.argv[1]?.endsWith('bench/filters.ts')) {
  for (const r of benchFilters(Number(process.argv[2] ?? 1_000_000)))
    console.log(`${r.metric}: ${r.value.toFixed(2)} ms`);
}
