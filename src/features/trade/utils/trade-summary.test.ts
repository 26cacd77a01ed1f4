import { figure, officialCell } from '@/testing/trade-fixtures';
import { officialPointsForFlow, pointsForFlow } from './trade-series';
import { tradeSummary } from './trade-summary';

const official = officialPointsForFlow(
  [
    officialCell('VN', 'imports', 2011, 199.3e6),
    officialCell('VN', 'imports', 2013, 250.3e6),
    officialCell('VN', 'imports', 2020, 77.4e6),
    officialCell('BY', 'exports', 2011, 164.3e6),
    officialCell('BY', 'exports', 2020, 95.8e6),
  ],
  'imports',
);

describe(tradeSummary.name, () => {
  it('finds each side’s peak, the latest official year and the widest gap between the sides', () => {
    const facts = tradeSummary(official, []);
    expect(facts.peaks).toEqual([
      { side: 'VN', year: 2013, valueUsd: 250.3e6, uncertain: false },
      { side: 'BY', year: 2011, valueUsd: 164.3e6, uncertain: false },
    ]);
    expect(facts.latest).toEqual({
      year: 2020,
      values: [
        { side: 'VN', year: 2020, valueUsd: 77.4e6, uncertain: false },
        { side: 'BY', year: 2020, valueUsd: 95.8e6, uncertain: false },
      ],
    });
    expect(facts.widestGap?.year).toBe(2020);
    expect(facts.widestGap?.ratio).toBeCloseTo(95.8 / 77.4, 5);
    expect(facts.officialYears).toEqual({ from: 2011, to: 2020 });
  });

  it('follows the years shown: a narrower range changes the facts', () => {
    const facts = tradeSummary(
      official.filter((p) => p.year <= 2012),
      [],
    );
    expect(facts.peaks[0]).toEqual({ side: 'VN', year: 2011, valueUsd: 199.3e6, uncertain: false });
    expect(facts.latest?.year).toBe(2011);
  });

  it('never leads with a doubtful figure: the peak is of the unflagged ones, the doubtful one named after', () => {
    const points = officialPointsForFlow(
      [
        officialCell('VN', 'exports', 2013, 9.1e6),
        officialCell('VN', 'exports', 2014, 160.2e6, true),
        officialCell('VN', 'exports', 2016, 11.2e6),
        officialCell('BY', 'imports', 2014, 60.8e6),
        officialCell('BY', 'imports', 2016, 40e6),
      ],
      'exports',
    );
    const facts = tradeSummary(points, []);
    expect(facts.peaks.find((p) => p.side === 'VN')).toEqual({
      side: 'VN',
      year: 2016,
      valueUsd: 11.2e6,
      uncertain: false,
    });
    expect(facts.doubtfulAbove).toEqual([{ side: 'VN', year: 2014, valueUsd: 160.2e6, uncertain: true }]);
    // Nor does the gap between the sides rest on it.
    expect(facts.widestGap?.year).toBe(2016);
  });

  it('names a doubtful figure alone when a side has nothing else', () => {
    const doubtful = officialPointsForFlow([officialCell('VN', 'exports', 2014, 160.2e6, true)], 'exports');
    const facts = tradeSummary(doubtful, []);
    expect(facts.peaks).toEqual([]);
    expect(facts.doubtfulAbove[0]).toMatchObject({ year: 2014, uncertain: true });
  });

  it('names the range of the latest full-year press figures, leaving parts of years out', () => {
    const press = pointsForFlow(
      [
        figure({ year: 2024, valueUsd: 60e6, id: 'a' }),
        figure({ year: 2024, valueUsd: 244e6, reporter: 'BY', id: 'b' }),
        figure({ year: 2025, months: [1, 3], valueUsd: 30e6, id: 'c' }),
      ],
      'total',
    );
    const facts = tradeSummary([], press);
    expect(facts.press).toMatchObject({ year: 2024, count: 2 });
    expect(facts.press?.min).toMatchObject({ reporter: 'VN', valueUsd: 60e6 });
    expect(facts.press?.max).toMatchObject({ reporter: 'BY', valueUsd: 244e6 });
    expect(facts.latest).toBeNull();
  });
});
