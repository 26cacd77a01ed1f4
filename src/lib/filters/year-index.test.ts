import { codeColumn, codeMask, recordsInYears, yearIndex, yearSpan } from './year-index';

const yearOf = (r: { y: number }) => r.y;

describe(recordsInYears.name, () => {
  const records = [
    { y: 2015, id: 'b' },
    { y: 2003, id: 'a' },
    { y: 2020, id: 'c' },
    { y: 2015, id: 'a' },
  ];
  const index = yearIndex(records, yearOf);

  it('keeps the records of the range, inclusive, in year order', () => {
    expect(recordsInYears(index, { from: 2003, to: 2015 }).map((r) => r.y)).toEqual([2003, 2015, 2015]);
  });

  it('orders ties by the given comparison', () => {
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(
      recordsInYears(yearIndex(records, yearOf, byId), { from: 2015, to: 2015 }).map((r) => r.id),
    ).toEqual(['a', 'b']);
  });

  it('keeps the input order of ties without a comparison', () => {
    expect(recordsInYears(index, { from: 2015, to: 2015 }).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('returns nothing for a range without records', () => {
    expect(recordsInYears(index, { from: 2004, to: 2014 })).toEqual([]);
  });

  it('takes open bounds', () => {
    expect(recordsInYears(index, { from: -Infinity, to: Infinity })).toHaveLength(4);
  });

  it('does not reorder the input list', () => {
    expect(records.map((r) => r.y)).toEqual([2015, 2003, 2020, 2015]);
  });
});

describe(yearSpan.name, () => {
  it('gives the range as positions in the sorted index', () => {
    const index = yearIndex([{ y: 2015 }, { y: 2003 }, { y: 2020 }], yearOf);
    const { start, end } = yearSpan(index, { from: 2010, to: 2030 });
    expect(index.sorted.slice(start, end).map((r) => r.y)).toEqual([2015, 2020]);
  });
});

describe(codeColumn.name, () => {
  it('codes each record by its position in the values, 255 when absent', () => {
    const records = [{ k: 'b' }, { k: 'a' }, { k: 'z' }];
    expect([...codeColumn(records, ['a', 'b'], (r) => r.k)]).toEqual([1, 0, 255]);
  });
});

describe(codeMask.name, () => {
  it('sets the bits of the chosen codes, or every bit when none is chosen', () => {
    expect(codeMask(['b', 'c'], ['a', 'b', 'c'])).toBe(0b110);
    expect(codeMask([], ['a', 'b'])).toBe(-1);
  });
});
