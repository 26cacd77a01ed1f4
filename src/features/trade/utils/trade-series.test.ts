import { REPORTERS, type TradePoint } from '@/lib/trade-points';
import { figure, officialCell } from '@/testing/trade-fixtures';
import {
  balancePoints,
  officialPointsForFlow,
  nearestYearsWithData,
  pointIndex,
  pointsForFlow,
  sortPoints,
  changesById,
  visiblePoints,
  type Change,
} from './trade-series';

describe(pointsForFlow.name, () => {
  it('keeps one flow with Belarus, every reporter, in year order', () => {
    const trade = [
      figure({ year: 2023, reporter: 'BY' }),
      figure({ year: 2022 }),
      figure({ year: 2022, flow: 'vn-exports' }),
      figure({ year: 2022, partner: 'RU', id: 'ru' }),
      figure({ year: 2022, reporter: 'other' }),
    ];
    expect(pointsForFlow(trade, 'total').map((p) => `${p.year}-${p.reporter}`)).toEqual([
      '2022-VN',
      '2022-other',
      '2023-BY',
    ]);
    expect(pointsForFlow(trade, 'exports')).toHaveLength(1);
  });

  it('keeps every figure for the same reporter and year', () => {
    const trade = [
      figure({ year: 2011, id: 'full' }),
      figure({ year: 2011, months: [1, 9], id: 'jan-sep' }),
      figure({ year: 2011, id: 'other-source', sourceId: 'src-b', flags: { conflicting: true } }),
    ];
    expect(pointsForFlow(trade, 'total').map((p) => p.id)).toEqual(['full', 'other-source', 'jan-sep']);
  });

  it('marks partial-year figures with their months', () => {
    const [p] = pointsForFlow([figure({ year: 2011, months: [1, 8] })], 'total');
    expect(p).toMatchObject({ partial: true, months: [1, 8], computed: false });
  });
});

describe(balancePoints.name, () => {
  it('is exports minus imports of the same reporter and period, marked as computed', () => {
    const trade = [
      figure({ year: 2022, flow: 'vn-exports', valueUsd: 80e6, id: 'ex' }),
      figure({ year: 2022, flow: 'vn-imports', valueUsd: 30e6, id: 'im' }),
    ];
    expect(balancePoints(trade)).toEqual([
      expect.objectContaining({
        id: 'balance-ex-im',
        valueUsd: 50e6,
        computed: true,
        year: 2022,
        reporter: 'VN',
      }),
    ]);
  });

  it('is not computed across reporters or across different months', () => {
    const trade = [
      figure({ year: 2022, flow: 'vn-exports', reporter: 'VN' }),
      figure({ year: 2022, flow: 'vn-imports', reporter: 'BY' }),
      figure({ year: 2023, flow: 'vn-exports', months: [1, 6] }),
      figure({ year: 2023, flow: 'vn-imports' }),
    ];
    expect(balancePoints(trade)).toEqual([]);
  });

  it('pairs figures of the same source first, and may be negative', () => {
    const trade = [
      figure({ year: 2022, flow: 'vn-exports', valueUsd: 10, id: 'ex-a', sourceId: 'a' }),
      figure({ year: 2022, flow: 'vn-exports', valueUsd: 20, id: 'ex-b', sourceId: 'b' }),
      figure({ year: 2022, flow: 'vn-imports', valueUsd: 50, id: 'im-b', sourceId: 'b' }),
      figure({ year: 2022, flow: 'vn-imports', valueUsd: 40, id: 'im-a', sourceId: 'a', qualifier: 'about' }),
    ];
    expect(balancePoints(trade).map((p) => [p.id, p.valueUsd, p.qualifier])).toEqual([
      ['balance-ex-a-im-a', -30, 'about'],
      ['balance-ex-b-im-b', -30, 'exact'],
    ]);
  });
});

describe(changesById.name, () => {
  const all = pointsForFlow(
    [
      figure({ year: 2019, valueUsd: 100 }),
      figure({ year: 2021, valueUsd: 200 }),
      figure({ year: 2022, valueUsd: 150 }),
      figure({ year: 2022, months: [1, 8], valueUsd: 90 }),
      figure({ year: 2023, months: [1, 8], valueUsd: 99 }),
      figure({ year: 2023, reporter: 'BY', valueUsd: 500 }),
    ],
    'total',
  );
  const changes = changesById(all, all);

  it('compares with the previous available year of the same reporter and span', () => {
    expect(changes.get('t-vn-total-2022-1-12')).toEqual({
      ratio: -0.25,
      vsYear: 2021,
      vsId: 't-vn-total-2021-1-12',
    });
    expect(changes.get('t-vn-total-2021-1-12')?.vsYear).toBe(2019);
  });

  it('compares a part of a year only with the same months', () => {
    expect(changes.get('t-vn-total-2023-1-8')?.ratio).toBeCloseTo(0.1);
    expect(changes.get('t-vn-total-2022-1-8')).toBeNull();
  });

  it('never compares across reporters', () => {
    expect(changes.get('t-by-total-2023-1-12')).toBeNull();
  });

  it('prefers the same source when the previous year has several figures, else gives none', () => {
    const trade = pointsForFlow(
      [
        figure({ year: 2021, id: 'a21', sourceId: 'a', valueUsd: 100 }),
        figure({ year: 2021, id: 'b21', sourceId: 'b', valueUsd: 400 }),
        figure({ year: 2022, id: 'b22', sourceId: 'b', valueUsd: 500 }),
        figure({ year: 2022, id: 'c22', sourceId: 'c', valueUsd: 500 }),
      ],
      'total',
    );
    const byId = changesById(trade, trade);
    expect(byId.get('b22')?.vsId).toBe('b21');
    expect(byId.get('c22')).toBeNull();
  });
});

describe(officialPointsForFlow.name, () => {
  const cells = [
    officialCell('VN', 'exports', 2011, 10e6),
    officialCell('VN', 'imports', 2011, 199.3e6),
    officialCell('VN', 'imports', 2012, 167e6),
    officialCell('BY', 'exports', 2011, 164.3e6),
    officialCell('BY', 'imports', 2011, 47.6e6),
    officialCell('VN', 'exports', 2014, 160.2e6, true),
  ];

  it('gives one flow as each side states it: Belarus → Vietnam is Belarus’s exports and Vietnam’s imports', () => {
    const points = officialPointsForFlow(cells, 'imports');
    expect(points.map((p) => [p.reporter, p.year, p.valueUsd])).toEqual([
      ['VN', 2011, 199.3e6],
      ['BY', 2011, 164.3e6],
      ['VN', 2012, 167e6],
    ]);
    expect(points.every((p) => p.kind === 'official' && !p.computed)).toBe(true);
    expect(officialPointsForFlow(cells, 'exports').map((p) => [p.reporter, p.year])).toEqual([
      ['VN', 2011],
      ['BY', 2011],
      ['VN', 2014],
    ]);
  });

  it('computes a total or balance only where both flows exist, and marks it computed', () => {
    const totals = officialPointsForFlow(cells, 'total');
    // 2012 has imports only and 2014 exports only: no total, never a zero filled in.
    expect(totals.map((p) => [p.reporter, p.year, p.valueUsd, p.computed])).toEqual([
      ['VN', 2011, 209.3e6, true],
      ['BY', 2011, 211.9e6, true],
    ]);
    const balance = officialPointsForFlow(cells, 'balance');
    // Vietnam's exports minus its imports, from either side's cells.
    expect(balance.map((p) => [p.reporter, Math.round(p.valueUsd / 1e5) / 10])).toEqual([
      ['VN', -189.3],
      ['BY', -116.7],
    ]);
  });

  it('carries the uncertain flag of a cell to its point', () => {
    const p = officialPointsForFlow(cells, 'exports').find((x) => x.year === 2014)!;
    expect(p.uncertain).toBe(true);
    expect(p.cells[0]!.id).toBe('dots-vn-exports-by-2014');
  });
});

describe(visiblePoints.name, () => {
  it('applies the year range and the chosen reporters', () => {
    const points = pointsForFlow(
      [
        figure({ year: 2009 }),
        figure({ year: 2010 }),
        figure({ year: 2010, reporter: 'BY' }),
        figure({ year: 2011 }),
      ],
      'total',
    );
    expect(visiblePoints(pointIndex(points), { from: 2010, to: 2010 }, ['BY']).map((p) => p.id)).toEqual([
      't-by-total-2010-1-12',
    ]);
  });
});

describe(sortPoints.name, () => {
  it('sorts by value and puts rows without a change last', () => {
    const points = pointsForFlow(
      [
        figure({ year: 2020, valueUsd: 5 }),
        figure({ year: 2021, valueUsd: 9 }),
        figure({ year: 2022, valueUsd: 7 }),
      ],
      'total',
    );
    const changes = changesById(points, points);
    expect(sortPoints(points, changes, 'value', 'desc').map((p) => p.year)).toEqual([2021, 2022, 2020]);
    expect(sortPoints(points, changes, 'change', 'asc').map((p) => p.year)).toEqual([2022, 2021, 2020]);
    expect(sortPoints(points, changes, 'change', 'desc').map((p) => p.year)).toEqual([2021, 2022, 2020]);
  });
});

describe(nearestYearsWithData.name, () => {
  it('names the closest years with figures on each side of an empty range', () => {
    const points = pointsForFlow(
      [figure({ year: 2005 }), figure({ year: 2008 }), figure({ year: 2016 })],
      'total',
    );
    expect(nearestYearsWithData(points, { from: 2010, to: 2014 })).toEqual({ before: 2008, after: 2016 });
    expect(nearestYearsWithData(points, { from: 2017, to: 2020 })).toEqual({ before: 2016, after: null });
  });
});

/** The rule of `changesById` read plainly, one pass over `all` per point: what the index must match. */
function plainChange(point: TradePoint, all: TradePoint[]): Change | null {
  const sources = (p: TradePoint) => [...p.figures, ...p.cells].map((f) => f.sourceId).join('+');
  const peers = all.filter(
    (p) =>
      p.kind === point.kind &&
      p.reporter === point.reporter &&
      p.months.join() === point.months.join() &&
      p.year < point.year,
  );
  if (peers.length === 0) return null;
  const prevYear = Math.max(...peers.map((p) => p.year));
  const candidates = peers.filter((p) => p.year === prevYear);
  const prev =
    candidates.find((c) => sources(c) === sources(point)) ??
    (candidates.length === 1 ? candidates[0] : undefined);
  if (!prev || prev.valueUsd === 0) return null;
  return {
    ratio: (point.valueUsd - prev.valueUsd) / Math.abs(prev.valueUsd),
    vsYear: prev.year,
    vsId: prev.id,
  };
}

describe(`${changesById.name} (indexed)`, () => {
  it('gives for every point what a plain pass over all points gives', () => {
    const trade = [2018, 2019, 2019, 2020, 2022, 2022].flatMap((year, i) => [
      figure({ year, valueUsd: 10e6 + i * 1e6, sourceId: i % 2 ? 'src-a' : 'src-b', id: `a${i}` }),
      figure({ year, months: [1, 6], valueUsd: 4e6 + i, id: `h${i}` }),
      figure({ year, reporter: 'BY', valueUsd: i === 2 ? 0 : 7e6 + i, id: `b${i}` }),
    ]);
    const all = pointsForFlow(trade, 'total');
    const changes = changesById(all, all);
    for (const p of all) expect(changes.get(p.id)).toEqual(plainChange(p, all));
  });
});

describe(`${visiblePoints.name} (order)`, () => {
  it('gives years in order, and the input order within a year', () => {
    const points = pointsForFlow(
      [2012, 2010, 2011, 2010].map((year, i) => figure({ year, reporter: i % 2 ? 'BY' : 'VN', id: `p${i}` })),
      'total',
    );
    const range = { from: 2010, to: 2011 };
    const plain = (ps: typeof points) =>
      ps.filter((p) => p.year >= range.from && p.year <= range.to && p.reporter !== 'BY');
    // Reading order is year order: the index keeps it.
    expect(visiblePoints(pointIndex(points), range, ['VN', 'other'])).toEqual(plain(points));
    // A list out of year order comes back by year, ties as the list gives them.
    const byId = new Map(points.map((p) => [p.id, p]));
    const shuffled = ['p2', 'p3', 'p0', 'p1'].map((id) => byId.get(id)!);
    expect(visiblePoints(pointIndex(shuffled), range, REPORTERS).map((p) => p.id)).toEqual([
      'p3',
      'p1',
      'p2',
    ]);
  });
});
