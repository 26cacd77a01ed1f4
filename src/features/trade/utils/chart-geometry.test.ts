import {
  chartGeometry,
  layoutLegend,
  MAX_SPREAD,
  leftmost,
  legendKeys,
  nearestTarget,
  readingOrder,
  spreadOffsets,
  wrapText,
} from './chart-geometry';
import { figure, officialCell } from './fixtures';
import { officialPointsForFlow, pointsForFlow, type TradePoint } from './trade-series';

const cell = officialCell;

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
      [2010, 2011, 2012, 2015, 2016].map((y) => cell('VN', 'imports', y, y * 1000)),
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

  it('keeps press marks inside their year, never joined by a line', () => {
    const press = pointsForFlow(
      Array.from({ length: 7 }, (_, i) => figure({ year: 2014, valueUsd: (i + 1) * 1e7, id: `p${i}` })),
      'total',
    );
    const g = chartGeometry({ ...base, official: [], press });
    const band = g.band(2014);
    const centre = band.x + band.width / 2;
    expect(g.targets).toHaveLength(7);
    for (const t of g.targets) {
      expect(Math.abs(t.x - centre)).toBeLessThanOrEqual(MAX_SPREAD * band.width + 1e-9);
      expect(Math.abs(t.x - centre)).toBeGreaterThan(0);
    }
    expect(new Set(g.targets.map((t) => Math.round(t.x))).size).toBeGreaterThan(3);
    expect(g.lines).toEqual({ VN: '', BY: '' });
    // One merged path per style: the seven full-year Vietnamese-side marks share one.
    expect(g.marks).toHaveLength(1);
    expect(subPaths(g.marks[0]!.d)).toHaveLength(7);
  });

  it('draws marks that land on the same spot once, and keeps each one a target', () => {
    const official = officialPointsForFlow(
      [cell('VN', 'imports', 2012, 5e6), { ...cell('VN', 'imports', 2012, 5e6), id: 'copy' }],
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
        ...[2010, 2011, 2012, 2014, 2015].map((y) => cell('VN', 'imports', y, 200)),
        ...[2010, 2011, 2013, 2014, 2015].map((y) => cell('BY', 'exports', y, 100)),
      ],
      'imports',
    );
    const g = chartGeometry({ ...base, official, press: [], mirror: true });
    // 2010–2011 and 2014–2015; 2012 and 2013 have one side only.
    expect(subPaths(g.gap)).toHaveLength(2);
    expect(chartGeometry({ ...base, official, press: [] }).gap).toBe('');
  });

  it('makes room under the axis for the events and above the plot for the legend', () => {
    const plain = chartGeometry({ ...base, official: [], press: [] });
    const legend = Array.from({ length: 8 }, (_, i) => ({ key: `k${i}`, label: 'a legend label' }));
    const withLegend = chartGeometry({ ...base, width: 360, official: [], press: [], legend });
    expect(withLegend.plot.top).toBeGreaterThan(plain.plot.top);
    expect(withLegend.legend.every((e) => e.x + 30 < 360)).toBe(true);
  });
});

describe(`${chartGeometry.name} (value axis)`, () => {
  it('widens the left margin to fit the longest tick label', () => {
    const official = officialPointsForFlow([cell('VN', 'imports', 2012, 250e6)], 'imports');
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
    const official = officialPointsForFlow([cell('BY', 'exports', 2012, 5e6)], 'imports');
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
});

describe(spreadOffsets.name, () => {
  it('puts one mark beside the centre and many within the year, alternating sides', () => {
    expect(spreadOffsets(1)).toHaveLength(1);
    for (const n of [1, 2, 5, 100]) {
      const offsets = spreadOffsets(n);
      for (const o of offsets) expect(Math.abs(o)).toBeLessThanOrEqual(MAX_SPREAD);
      expect(offsets.filter((o) => o > 0).length - offsets.filter((o) => o < 0).length).toBeLessThanOrEqual(
        1,
      );
    }
  });
});

describe(wrapText.name, () => {
  it('wraps the source line to the width without splitting words', () => {
    const lines = wrapText(base.footer, 340);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(base.footer);
    for (const l of lines) expect(l.length * 5.8).toBeLessThanOrEqual(340);
    expect(wrapText(base.footer, 1200)).toEqual([base.footer]);
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
