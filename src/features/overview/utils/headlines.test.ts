import { datePoint, makeEvent } from '@/testing/event-fixtures';
import { OFFICIAL_SAMPLE as OFFICIAL } from '@/testing/official-cell';
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
  it('gives each side’s newest year with both flows in the range, as exports plus imports', () => {
    // Vietnam's 2001 has exports only, so its newest total up to 2013 is 2000's.
    expect(latestOfficialTotals(OFFICIAL, { from: 1999, to: 2013 })).toEqual({
      VN: { year: 2000, valueUsd: 7e6 },
      BY: { year: 2001, valueUsd: 30e6 },
    });
    expect(latestOfficialTotals(OFFICIAL, { from: 2002, to: 2013 })).toEqual({});
  });
});
