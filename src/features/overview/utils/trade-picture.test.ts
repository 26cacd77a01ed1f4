import { OFFICIAL_SAMPLE } from '@/testing/official-cell';
import { figure } from '@/testing/trade-fixtures';
import { tradePicture, yearRuns } from './trade-picture';

/** One of Vietnam's press totals, as the cards would name it. */
const press = (id: string, year: number, months: [number, number], valueUsd: number, uncertain = false) =>
  figure({ id, year, months, valueUsd, flags: { uncertain } });

const all = { from: 1950, to: 2030 };

describe(tradePicture.name, () => {
  it('gives each side a total only for years it reports both flows, exports plus imports', () => {
    const p = tradePicture(OFFICIAL_SAMPLE, {}, all)!;
    expect(p.official.VN.map((o) => [o.year, o.valueUsd])).toEqual([
      [1999, 3e6],
      [2000, 7e6],
      [2014, 410e6],
    ]);
    expect(p.official.BY.map((o) => o.year)).toEqual([1999, 2000, 2001]);
  });

  it('keeps a doubtful cell’s flag on the total it goes into', () => {
    const p = tradePicture(OFFICIAL_SAMPLE, {}, all)!;
    expect(p.official.VN.find((o) => o.year === 2014)?.uncertain).toBe(true);
    expect(p.official.VN.find((o) => o.year === 2000)?.uncertain).toBe(false);
  });

  it('names the years of the official span a side gives no total for', () => {
    const p = tradePicture(OFFICIAL_SAMPLE, {}, all)!;
    expect(p.officialSpan).toEqual({ from: 1999, to: 2014 });
    expect(yearRuns(p.missing.VN)).toEqual([[2001, 2013]]);
    expect(yearRuns(p.missing.BY)).toEqual([[2002, 2014]]);
  });

  it('marks the cards’ newest press figures, a part-year figure as partial, and spans their years', () => {
    const latest = {
      VN: { full: [press('a', 2024, [1, 12], 60e6)], partial: press('b', 2025, [1, 3], 20e6) },
    };
    const p = tradePicture(OFFICIAL_SAMPLE, latest, all)!;
    expect(p.press.map((f) => [f.id, f.year, f.partial])).toEqual([
      ['a', 2024, false],
      ['b', 2025, true],
    ]);
    expect([p.from, p.to]).toEqual([1999, 2025]);
  });

  it('keeps to the years chosen, cut to the years any figure covers', () => {
    const p = tradePicture(OFFICIAL_SAMPLE, {}, { from: 2000, to: 2010 })!;
    expect(p.official.VN.map((o) => o.year)).toEqual([2000]);
    expect([p.from, p.to, p.maxUsd]).toEqual([2000, 2010, 30e6]);
    expect(tradePicture(OFFICIAL_SAMPLE, {}, { from: 2005, to: 2010 })).toBeNull();
  });

  it('draws press figures alone when the years hold no official total', () => {
    const p = tradePicture(
      OFFICIAL_SAMPLE,
      { VN: { full: [press('a', 2024, [1, 12], 60e6, true)] } },
      { from: 2020, to: 2030 },
    )!;
    expect(p.officialSpan).toBeNull();
    // From the chosen start: the stretch without figures is drawn empty, not left out.
    expect([p.from, p.to]).toEqual([2020, 2024]);
    expect(p.missing).toEqual({ VN: [], BY: [] });
    expect(p.press[0]?.uncertain).toBe(true);
  });
});

describe(yearRuns.name, () => {
  it('joins consecutive years into runs', () => {
    expect(yearRuns([2003, 1992, 2001, 1994, 2002])).toEqual([
      [1992, 1992],
      [1994, 1994],
      [2001, 2003],
    ]);
  });
});
