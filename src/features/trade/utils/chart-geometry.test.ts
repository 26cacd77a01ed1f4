import type { TradePoint } from '@/lib/trade-points';
import { figure, officialCell } from '@/testing/trade-fixtures';
import {
  chartGeometry,
  layoutLegend,
  leftmost,
  legendKeys,
  nearestTarget,
  readingOrder,
  markYear,
} from './chart-geometry';
import { officialPointsForFlow, pointsForFlow } from './trade-series';

const base = {
  events: [],
  range: { from: 2010, to: 2020 },
  width: 800,
  scale: 'linear' as const,
  legend: [],
  mirror: false,
  footer: 'Sources: IMF, Direction of Trade Statistics (lines); news reports named in the table (marks).',
};

/** The sub-paths of a path: each starts with M. */
const subPaths = (d: string) => d.split('M').filter(Boolean);

describe(chartGeometry.name, () => {
  it('breaks a side’s line at every missing year instead of drawing across it', () => {
    const official = officialPointsForFlow(
      [2010, 2011, 2012, 2015, 2016].map((y) => officialCell('VN', 'imports', y, y * 1000)),
      'imports',
    );
    const g = chartGeometry({ ...base, official, press: [] });
    expect(subPaths(g.lines.VN)).toHaveLength(2);
    expect(subPaths(g.lines.VN)[0]!.split('L')).toHaveLength(3);
    expect(g.lines.BY).toBe('');
    // Every official value is a target, on its year's centre.
    const centre = (year: number) => g.band(year).x + g.band(year).width / 2;
    for (const t of g.targets) expect(t.x).toBeCloseTo(centre(t.point.year), 5);
  });

  it('puts a whole-year press mark on its year’s tick and a part-year one inside its months', () => {
    const press = pointsForFlow(
      [
        ...Array.from({ length: 3 }, (_, i) => figure({ year: 2014, valueUsd: (i + 1) * 1e7, id: `p${i}` })),
        figure({ year: 2011, months: [1, 8], valueUsd: 6e7, id: 'part' }),
      ],
      'total',
    );
    const g = chartGeometry({ ...base, official: [], press });
    const centre = (year: number) => g.band(year).x + g.band(year).width / 2;
    const whole = g.targets.filter((t) => t.point.year === 2014);
    expect(whole).toHaveLength(3);
    for (const t of whole) expect(t.x).toBeCloseTo(centre(2014), 5);
    // January–August: left of the 2011 tick, inside the year's span.
    const part = g.targets.find((t) => t.point.id.includes('part'))!;
    expect(part.x).toBeLessThan(centre(2011));
    expect(part.x).toBeGreaterThan(g.band(2011).x);
    expect(g.lines).toEqual({ VN: '', BY: '' });
    // One merged path per style: the three full-year Vietnamese-side marks share one.
    expect(
      g.marks
        .find((m) => !m.hollow)!
        .d.split('M')
        .filter(Boolean),
    ).toHaveLength(3);
  });

  it('finds the year under the pointer, clamped to the range', () => {
    const g = chartGeometry({ ...base, official: [], press: [] });
    expect(g.yearAt(g.x(2013))).toBe(2013);
    expect(g.yearAt(g.x(2013) + g.band(2013).width * 0.45)).toBe(2013);
    expect(g.yearAt(g.x(2013) + g.band(2013).width * 0.55)).toBe(2014);
    expect(g.yearAt(-50)).toBe(2010);
    expect(g.yearAt(5000)).toBe(2020);
  });

  it('draws marks that land on the same spot once, and keeps each one a target', () => {
    const official = officialPointsForFlow(
      [officialCell('VN', 'imports', 2012, 5e6), { ...officialCell('VN', 'imports', 2012, 5e6), id: 'copy' }],
      'imports',
    );
    const g = chartGeometry({ ...base, official, press: [] });
    expect(g.targets).toHaveLength(2);
    expect(subPaths(g.dots.VN)).toHaveLength(1);
  });

  it('badges uncertain figures with "?" and contradicted ones with "!"', () => {
    const press = pointsForFlow(
      [
        figure({ year: 2016, id: 'a', flags: { uncertain: true } }),
        figure({ year: 2017, id: 'b', flags: { conflicting: true } }),
        figure({ year: 2018, id: 'c' }),
      ],
      'total',
    );
    const g = chartGeometry({ ...base, official: [], press });
    expect(subPaths(g.badges.uncertain)).toHaveLength(2); // a "?" is a hook and a dot
    expect(subPaths(g.badges.conflicting)).toHaveLength(2);
  });

  it('shades the mirror gap only over consecutive years where both sides report', () => {
    const official = officialPointsForFlow(
      [
        ...[2010, 2011, 2012, 2014, 2015].map((y) => officialCell('VN', 'imports', y, 200)),
        ...[2010, 2011, 2013, 2014, 2015].map((y) => officialCell('BY', 'exports', y, 100)),
      ],
      'imports',
    );
    const g = chartGeometry({ ...base, official, press: [], mirror: true });
    // 2010–2011 and 2014–2015; 2012 and 2013 have one side only.
    expect(subPaths(g.gap)).toHaveLength(2);
    expect(chartGeometry({ ...base, official, press: [] }).gap).toBe('');
  });

  it('puts the legend above the plot when wide and under it on a phone, wrapped within the width', () => {
    const plain = chartGeometry({ ...base, official: [], press: [] });
    const legend = Array.from({ length: 8 }, (_, i) => ({
      key: `k${i}`,
      label: 'điểm rỗng: một phần năm, đặt trong các tháng được tính',
    }));
    const wide = chartGeometry({ ...base, official: [], press: [], legend });
    expect(wide.plot.top).toBeGreaterThan(plain.plot.top);
    expect(wide.legend.every((e) => e.y < wide.plot.top)).toBe(true);
    const phone = chartGeometry({ ...base, width: 360, official: [], press: [], legend });
    expect(phone.legend.every((e) => e.y > phone.plot.top + phone.plot.height)).toBe(true);
    expect(phone.footer.y).toBeGreaterThan(phone.legend.at(-1)!.y);
    for (const e of phone.legend) {
      expect(e.lines.join(' ')).toBe(e.label);
      for (const line of e.lines) expect(e.x + 30 + line.length * 6.2).toBeLessThanOrEqual(360);
    }
  });

  it('wraps a long title on a phone and moves everything under it down', () => {
    const title = 'Tổng kim ngạch thương mại Việt Nam – Belarus, 1992–2025';
    const phone = chartGeometry({ ...base, width: 360, official: [], press: [], title });
    const one = chartGeometry({ ...base, width: 360, official: [], press: [], title: 'Trade' });
    expect(phone.title.lines.length).toBeGreaterThan(1);
    expect(phone.title.lines.join(' ')).toBe(title);
    expect(phone.plot.top).toBeGreaterThan(one.plot.top);
  });
});

describe(`${chartGeometry.name} (value axis)`, () => {
  it('widens the left margin to fit the longest tick label', () => {
    const official = officialPointsForFlow([officialCell('VN', 'imports', 2012, 250e6)], 'imports');
    const short = chartGeometry({ ...base, official, press: [], tickLabel: (v) => `${v / 1e6}m` });
    const long = chartGeometry({
      ...base,
      official,
      press: [],
      tickLabel: (v) => `${v / 1e6} млн долл. США`,
    });
    expect(long.plot.left).toBeGreaterThan(short.plot.left);
    expect(long.plot.left + long.plot.width).toBeCloseTo(short.plot.left + short.plot.width, 5);
  });
});

describe(legendKeys.name, () => {
  it('lists what is drawn: each side’s line, the press marks by side, part years and badges', () => {
    const official = officialPointsForFlow([officialCell('BY', 'exports', 2012, 5e6)], 'imports');
    const press = pointsForFlow(
      [
        figure({ year: 2016, months: [1, 8], id: 'a', flags: { conflicting: true } }),
        figure({ year: 2017, id: 'b' }),
      ],
      'total',
    );
    expect(legendKeys(official, press, [], false)).toEqual([
      'official-BY',
      'press-VN',
      'partial',
      'conflicting',
    ]);
    expect(legendKeys(official, [], [], true)).toEqual(['official-BY', 'gap']);
  });

  it('names the side of a part-year mark even when that side has no whole-year figure', () => {
    const press = pointsForFlow([figure({ year: 2011, months: [1, 8], id: 'a' })], 'total');
    expect(legendKeys([], press, [], false)).toEqual(['press-VN', 'partial']);
  });
});

describe(markYear.name, () => {
  it('places a part of a year at the middle of its months', () => {
    expect(markYear({ year: 2011, months: [1, 12] })).toBe(2011);
    expect(markYear({ year: 2011, months: [1, 6] })).toBeCloseTo(2010.75, 5);
    expect(markYear({ year: 2011, months: [7, 12] })).toBeCloseTo(2011.25, 5);
    expect(markYear({ year: 2011, months: [1, 3] })).toBeCloseTo(2010.625, 5);
  });
});

describe(layoutLegend.name, () => {
  it('wraps entries into rows that fit the width', () => {
    const entries = Array.from({ length: 6 }, (_, i) => ({ key: `${i}`, label: 'Figure in the news' }));
    const wide = layoutLegend(entries, 1200, 60);
    const narrow = layoutLegend(entries, 360, 4);
    expect(new Set(wide.map((e) => e.y)).size).toBe(1);
    expect(new Set(narrow.map((e) => e.y)).size).toBeGreaterThan(2);
  });
});

describe(leftmost.name, () => {
  it('is the first target of the keyboard order', () => {
    const targets = [
      { x: 30, y: 5 },
      { x: 10, y: 9 },
      { x: 10, y: 2 },
    ].map((t) => ({ ...t, point: {} as TradePoint }));
    expect(leftmost(targets)).toBe(readingOrder(targets)[0]);
    expect(leftmost([])).toBe(-1);
  });
});

describe(nearestTarget.name, () => {
  it('finds the closest target within reach, or none', () => {
    const targets = [
      { x: 10, y: 10 },
      { x: 30, y: 10 },
    ];
    expect(nearestTarget(targets, 27, 12)).toBe(1);
    expect(nearestTarget(targets, 100, 100)).toBe(-1);
  });
});
