import { cachedColumn, codeMask, columnOf, recordsInYears, yearSpan } from './year-index';

const yearOf = (r: { y: number }) => r.y;

describe(recordsInYears.name, () => {
  const records = [
    { y: 2015, id: 'b' },
    { y: 2003, id: 'a' },
    { y: 2020, id: 'c' },
    { y: 2015, id: 'a' },
  ];

  it('keeps the records of the range, inclusive, in year order', () => {
    expect(recordsInYears(records, yearOf, { from: 2003, to: 2015 }).map((r) => r.y)).toEqual([
      2003, 2015, 2015,
    ]);
  });

  it('orders ties by the given comparison', () => {
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(recordsInYears(records, yearOf, { from: 2015, to: 2015 }, byId).map((r) => r.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('returns nothing for a range without records', () => {
    expect(recordsInYears(records, yearOf, { from: 2004, to: 2014 })).toEqual([]);
  });

  it('does not reorder the input list', () => {
    recordsInYears(records, yearOf, { from: 2000, to: 2030 });
    expect(records.map((r) => r.y)).toEqual([2015, 2003, 2020, 2015]);
  });
});

describe(yearSpan.name, () => {
  it('gives the range as positions in the sorted index', () => {
    const records = [{ y: 2015 }, { y: 2003 }, { y: 2020 }];
    const { sorted, start, end } = yearSpan(records, yearOf, { from: 2010, to: 2030 });
    expect(sorted.slice(start, end).map((r) => r.y)).toEqual([2015, 2020]);
  });
});

describe(columnOf.name, () => {
  it('codes each record by its position in the values, 255 when absent', () => {
    const records = [{ k: 'b' }, { k: 'a' }, { k: 'z' }];
    expect([...columnOf(records, 'k', ['a', 'b'], (r) => r.k)]).toEqual([1, 0, 255]);
  });
});

describe(cachedColumn.name, () => {
  it('builds a column once per list and name', () => {
    const records = [{ y: 1 }, { y: 2 }];
    let builds = 0;
    const build = (rs: readonly { y: number }[]) => (builds++, rs.map((r) => r.y * 2));
    expect(cachedColumn(records, 'double', build)).toEqual([2, 4]);
    expect(cachedColumn(records, 'double', build)).toEqual([2, 4]);
    expect(builds).toBe(1);
    cachedColumn([...records], 'double', build);
    expect(builds).toBe(2);
  });
});

describe(codeMask.name, () => {
  it('sets the bits of the chosen codes, or every bit when none is chosen', () => {
    expect(codeMask(['b', 'c'], ['a', 'b', 'c'])).toBe(0b110);
    expect(codeMask([], ['a', 'b'])).toBe(-1);
  });
});
