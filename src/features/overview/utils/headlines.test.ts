import { datePoint, makeEvent } from '@/testing/event-fixtures';
import { officialCell } from '@/testing/official-cell';
import { figure } from '@/testing/trade-fixtures';
import type { DatasetEvent } from '@data/schema';
import { computeHeadlines, latestOfficialTotals } from './headlines';

const fig = (id: string, reporter: 'VN' | 'BY', year: number, months: [number, number]) =>
  figure({ id, reporter, year, months, sourceId: 's' });

const ev = (id: string, kind: DatasetEvent['kind'], start: string) =>
  makeEvent({ id, kind, date: datePoint(start), level: 'head-of-state', direction: 'bilateral' });

describe(computeHeadlines.name, () => {
  const trade = [fig('a', 'VN', 2022, [1, 12]), fig('b', 'VN', 2023, [1, 9]), fig('c', 'BY', 2024, [1, 12])];

  it('leads with the newest full year and keeps a newer part-year figure beside it', () => {
    const h = computeHeadlines(trade, [], [], { from: 2000, to: 2023 });
    expect(h.latestTrade.VN?.full.map((f) => f.id)).toEqual(['a']);
    expect(h.latestTrade.VN?.partial?.id).toBe('b');
    expect(h.latestTrade.BY).toBeUndefined();
  });

  it('keeps every figure of the newest year when sources disagree', () => {
    const h = computeHeadlines([...trade, fig('d', 'BY', 2024, [1, 12])], [], [], { from: 2000, to: 2025 });
    expect(h.latestTrade.BY?.full.map((f) => f.id)).toEqual(['c', 'd']);
    expect(h.latestTrade.BY?.partial).toBeUndefined();
  });

  it('counts visits and agreements in the range only', () => {
    const events = [ev('v1', 'visit', '2008'), ev('v2', 'meeting', '2024'), ev('a1', 'agreement', '1992')];
    const h = computeHeadlines([], events, [], { from: 2000, to: 2025 });
    expect(h.visits).toBe(2);
    expect(h.agreements).toBe(0);
    expect(h.recent.map((e) => e.id)).toEqual(['v2', 'v1']);
  });
});

describe(latestOfficialTotals.name, () => {
  const cell = officialCell;

  it('gives each side’s newest year with both flows in the range, as exports plus imports', () => {
    const official = [
      cell('VN', 'exports', 2017, 7e6),
      cell('VN', 'imports', 2017, 94e6),
      // 2020: imports only, so no total for Vietnam that year.
      cell('VN', 'imports', 2020, 77e6),
      cell('BY', 'exports', 2020, 96e6),
      cell('BY', 'imports', 2020, 83e6),
    ];
    expect(latestOfficialTotals(official, { from: 2000, to: 2025 })).toEqual({
      VN: { year: 2017, valueUsd: 101e6 },
      BY: { year: 2020, valueUsd: 179e6 },
    });
    expect(latestOfficialTotals(official, { from: 2018, to: 2019 })).toEqual({});
  });
});
