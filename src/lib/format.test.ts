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
    expect(formatDatePoint({ start: '2010-05', precision: 'month' }, 'vi')).toBe('tháng 5/2010');
  });
  it('writes Vietnamese dates day/month/year, saying the shared part once', () => {
    const vi = (start: string, end?: string) =>
      formatDatePoint({ start, end, precision: start.length > 7 ? 'day' : 'month' }, 'vi');
    expect(vi('2025-11-20')).toBe('20/11/2025');
    expect(vi('2023-12-06', '2023-12-09')).toBe('6–9/12/2023');
    expect(vi('2023-11-28', '2023-12-02')).toBe('28/11–2/12/2023');
    expect(vi('2023-12-28', '2024-01-02')).toBe('28/12/2023 – 2/1/2024');
    expect(vi('2023-03', '2023-05')).toBe('tháng 3–5/2023');
    expect(vi('2023-12', '2024-01')).toBe('tháng 12/2023 – tháng 1/2024');
    expect(formatDatePoint({ start: '2025-12-01', precision: 'day', circa: true }, 'vi')).toBe(
      'khoảng 1/12/2025',
    );
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
