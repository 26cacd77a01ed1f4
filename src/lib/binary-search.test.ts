import { lowerBound, upperBound } from './binary-search';

const years = [2001, 2003, 2003, 2007];

describe(lowerBound.name, () => {
  it('gives the first position at or after the value', () => {
    expect(lowerBound(years, 2003)).toBe(1);
    expect(lowerBound(years, 2004)).toBe(3);
    expect(lowerBound(years, 1990)).toBe(0);
    expect(lowerBound(years, 2010)).toBe(4);
  });

  it('works on typed arrays and on nothing', () => {
    expect(lowerBound(Int32Array.from(years), 2007)).toBe(3);
    expect(lowerBound([], 2007)).toBe(0);
  });
});

describe(upperBound.name, () => {
  it('gives the first position after the value', () => {
    expect(upperBound(years, 2003)).toBe(3);
    expect(upperBound(years, 2000)).toBe(0);
    expect(upperBound(years, 2007)).toBe(4);
  });

  it('agrees with a plain count for every value', () => {
    const sorted = [1, 1, 2, 5, 5, 5, 9];
    for (let v = 0; v <= 10; v++) {
      expect(lowerBound(sorted, v)).toBe(sorted.filter((x) => x < v).length);
      expect(upperBound(sorted, v)).toBe(sorted.filter((x) => x <= v).length);
    }
  });
});
