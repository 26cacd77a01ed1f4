import { formatDatePoint, formatPeriod, formatQualified, formatUsd } from './format';

describe(formatUsd.name, () => {
  it('writes millions in each language', () => {
    expect(formatUsd(113_900_000, 'en')).toBe('US$113.9 million');
    expect(formatUsd(113_900_000, 'vi')).toBe('113,9 triệu USD');
  });
  it('writes small amounts in full', () => {
    expect(formatUsd(144_000, 'en')).toBe('US$144,000');
    expect(formatUsd(144_000, 'vi')).toBe('144.000 USD');
  });
  it('keeps the source hedging', () => {
    expect(formatQualified(formatUsd(151e6, 'en'), 'almost', 'en')).toBe('almost US$151 million');
  });
});

describe(formatDatePoint.name, () => {
  it('shows a day range as one span', () => {
    const text = formatDatePoint({ start: '2023-12-06', end: '2023-12-09', precision: 'day' }, 'en');
    expect(text).toMatch(/^6\s*–\s*9 Dec 2023$/);
  });
  it('shows a month without inventing a day', () => {
    expect(formatDatePoint({ start: '2010-05', precision: 'month' }, 'en')).toBe('May 2010');
    expect(formatDatePoint({ start: '2010-05', precision: 'month' }, 'vi')).toMatch(/tháng 5.*2010/i);
  });
  it('marks an uncertain year', () => {
    expect(formatDatePoint({ start: '2012', precision: 'year', circa: true }, 'en')).toBe('c. 2012');
  });
});

describe(formatPeriod.name, () => {
  it('labels partial years by their months', () => {
    expect(formatPeriod({ year: 2011, months: [1, 8] }, 'en')).toBe('Jan–Aug 2011');
    expect(formatPeriod({ year: 2011, months: [1, 8] }, 'vi')).toBe('T1–T8/2011');
    expect(formatPeriod({ year: 2025, months: [1, 3] }, 'en')).toBe('Q1 2025');
  });
  it('labels a full year by the year alone', () => {
    expect(formatPeriod({ year: 2022, months: [1, 12] }, 'en')).toBe('2022');
  });
});
