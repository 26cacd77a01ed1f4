import { pointFromFigure } from '@/lib/trade-points';
import { figure } from '@/testing/trade-fixtures';
import { niceStep, pictureGeometry, valueTicks, yearTicks } from './picture-geometry';
import type { OfficialPoint, TradePicture } from './trade-picture';

const o = (year: number, valueUsd: number, uncertain = false): OfficialPoint => ({
  year,
  valueUsd,
  uncertain,
  estimated: false,
});
/** A press figure on the picture: a full year, or January–March when partial. */
const pr = (id: string, year: number, valueUsd: number, partial = false, reporter: 'VN' | 'BY' = 'VN') =>
  pointFromFigure(figure({ id, reporter, year, months: partial ? [1, 3] : [1, 12], valueUsd }));

const picture: TradePicture = {
  from: 1999,
  to: 2025,
  official: { VN: [o(1999, 3e6), o(2000, 7e6), o(2014, 400e6, true)], BY: [o(1999, 30e6), o(2000, 30e6)] },
  officialSpan: { from: 1999, to: 2014 },
  missing: { VN: [], BY: [] },
  press: [pr('a', 2014, 100e6), pr('b', 2025, 20e6, true), pr('c', 2024, 240e6, false, 'BY')],
  maxUsd: 400e6,
};
const label = (v: number) => String(v / 1e6);
const g = pictureGeometry(picture, 320, 180, label);

describe(pictureGeometry.name, () => {
  it('breaks a line at a missing year instead of joining across it', () => {
    expect(g.lines.VN.match(/[ML]/g)).toEqual(['M', 'L', 'M']);
    expect(g.lines.BY.match(/[ML]/g)).toEqual(['M', 'L']);
  });

  it('puts a dot on every official value, so a year standing alone shows', () => {
    expect(g.dots.filter((d) => d.side === 'VN').map((d) => d.year)).toEqual([1999, 2000, 2014]);
  });

  it('puts a press figure on its own year, hollow when it covers part of the year', () => {
    const official2014 = g.dots.find((d) => d.year === 2014)!;
    const a = g.marks.find((m) => m.id === 'a')!;
    expect(a.x).toBe(official2014.x);
    expect(a.hollow).toBe(false);
    expect(g.marks.find((m) => m.id === 'b')!.hollow).toBe(true);
  });

  it('scales values from zero at the axis, the largest within the plot', () => {
    expect(g.yTicks[0]).toEqual({ value: 0, y: g.plot.bottom });
    const highest = Math.min(...g.dots.map((d) => d.y), ...g.marks.map((m) => m.y));
    expect(highest).toBeGreaterThanOrEqual(g.plot.top);
    // Twice the value is twice the height above the axis.
    const h = (v: number) => g.plot.bottom - g.yTicks.find((t) => t.value === v)!.y;
    expect(h(200e6)).toBeCloseTo(2 * h(100e6), 0);
  });

  it('keeps the first and last year inside the plot and labelled', () => {
    const xs = [...g.dots, ...g.marks].map((d) => d.x);
    expect(Math.min(...xs)).toBeGreaterThan(g.plot.left);
    expect(Math.max(...xs)).toBeLessThan(g.plot.right);
    expect(g.xTicks.at(0)?.year).toBe(1999);
    expect(g.xTicks.at(-1)?.year).toBe(2025);
  });

  it('marks the doubtful values', () => {
    const doubtful = g.dots.find((d) => d.year === 2014)!;
    expect(g.doubts).toEqual([{ x: doubtful.x, y: doubtful.y }]);
  });

  it('leaves room on the left for the longest value label', () => {
    const narrow = pictureGeometry(picture, 320, 180, () => '0');
    const wide = pictureGeometry(picture, 320, 180, () => '1,000,000');
    expect(wide.plot.left).toBeGreaterThan(narrow.plot.left);
  });
});

describe(valueTicks.name, () => {
  it('steps roundly from zero to at least the largest value', () => {
    expect(valueTicks(410e6)).toEqual([0, 100e6, 200e6, 300e6, 400e6, 500e6]);
    expect(valueTicks(245e6)).toEqual([0, 50e6, 100e6, 150e6, 200e6, 250e6]);
    expect(valueTicks(2.6e6)).toEqual([0, 0.5e6, 1e6, 1.5e6, 2e6, 2.5e6, 3e6]);
  });

  it('gives an axis even when every value is zero', () => {
    expect(valueTicks(0)).toEqual([0, 1]);
    expect(niceStep(0)).toBe(1);
  });
});

describe(yearTicks.name, () => {
  it('labels both ends and round years between, never closer than a label’s width', () => {
    const ticks = yearTicks(1992, 2025, 300);
    expect(ticks.at(0)).toBe(1992);
    expect(ticks.at(-1)).toBe(2025);
    const px = (y: number) => ((y - 1992) / (2025 - 1992)) * 300;
    for (let i = 1; i < ticks.length; i++)
      expect(px(ticks[i]!) - px(ticks[i - 1]!)).toBeGreaterThanOrEqual(36);
    expect(ticks.slice(1, -1).every((y) => y % 5 === 0)).toBe(true);
  });

  it('labels every year when there is room, and a single year once', () => {
    expect(yearTicks(2017, 2020, 300)).toEqual([2017, 2018, 2019, 2020]);
    expect(yearTicks(2020, 2020, 300)).toEqual([2020]);
  });
});
