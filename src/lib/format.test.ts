import type { Lang } from '@/lib/url/lang';
import { datePoint } from '@/testing/event-fixtures';
import { formatDatePoint, formatNumber, formatPeriod, formatQualified, formatUsd } from './format';

// Russian text holds “1 742 124”, “2023 г.” and “млн долларов США” together with no-break spaces;
// the expectations write plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** A date, or a span from `start` to `end`, at the precision the data's way of writing `start` says. */
const dates = (lang: Lang, start: string, end?: string) =>
  plain(formatDatePoint({ ...datePoint(start), end }, lang));

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
  it('writes Russian amounts as Russian statistics do', () => {
    expect(plain(formatUsd(113_900_000, 'ru'))).toBe('113,9 млн долларов США');
    expect(plain(formatUsd(1_250_000_000, 'ru'))).toBe('1,25 млрд долларов США');
    expect(plain(formatQualified(formatUsd(151e6, 'ru'), 'almost', 'ru'))).toBe('почти 151 млн долларов США');
    expect(plain(formatQualified(formatUsd(2e9, 'ru'), 'over', 'ru'))).toBe('более 2 млрд долларов США');
    expect(plain(formatQualified(formatUsd(5e8, 'ru'), 'about', 'ru'))).toBe('около 500 млн долларов США');
  });
  it('agrees “доллар” with a Russian number written in full', () => {
    expect(plain(formatUsd(144_000, 'ru'))).toBe('144 000 долларов США');
    expect(plain(formatUsd(1_001, 'ru'))).toBe('1 001 доллар США');
    expect(plain(formatUsd(3_002, 'ru'))).toBe('3 002 доллара США');
  });
});

describe(formatNumber.name, () => {
  it('groups digits as each language does', () => {
    expect(formatNumber(1_742_124, 'en')).toBe('1,742,124');
    expect(formatNumber(1_742_124, 'vi')).toBe('1.742.124');
    expect(plain(formatNumber(1_742_124, 'ru'))).toBe('1 742 124');
  });
});

describe(formatDatePoint.name, () => {
  const ru = (start: string, end?: string) => dates('ru', start, end);
  it('shows a day range as one span', () => {
    const text = formatDatePoint({ start: '2023-12-06', end: '2023-12-09', precision: 'day' }, 'en');
    expect(text).toMatch(/^6\s*–\s*9 Dec 2023$/);
  });
  it('shows a month without inventing a day', () => {
    expect(formatDatePoint({ start: '2010-05', precision: 'month' }, 'en')).toBe('May 2010');
    expect(formatDatePoint({ start: '2010-05', precision: 'month' }, 'vi')).toBe('tháng 5/2010');
  });
  it('writes Vietnamese dates day/month/year, saying the shared part once', () => {
    const vi = (start: string, end?: string) => dates('vi', start, end);
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
    expect(formatDatePoint({ start: '2012', precision: 'year', circa: true }, 'ru')).toBe('прибл. 2012');
  });
  it('writes Russian days with the month in the genitive, the shared part said once', () => {
    expect(ru('2025-11-20')).toBe('20 ноября 2025 г.');
    expect(ru('2023-12-06', '2023-12-09')).toBe('6–9 декабря 2023 г.');
    expect(ru('2023-11-28', '2023-12-02')).toBe('28 ноября – 2 декабря 2023 г.');
    expect(ru('2023-12-28', '2024-01-02')).toBe('28 декабря 2023 г. – 2 января 2024 г.');
  });
  it('writes Russian months in the nominative, the shared year said once', () => {
    expect(ru('2010-05')).toBe('май 2010 г.');
    expect(ru('2023-03', '2023-05')).toBe('март–май 2023 г.');
    expect(ru('2023-12', '2024-01')).toBe('декабрь 2023 г. – январь 2024 г.');
    expect(formatDatePoint({ start: '2008', end: '2010', precision: 'year' }, 'ru')).toBe('2008–2010');
    expect(plain(formatDatePoint({ start: '2025-12-01', precision: 'day', circa: true }, 'ru'))).toBe(
      'прибл. 1 декабря 2025 г.',
    );
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
    expect(plain(formatPeriod({ year: 2022, months: [1, 12] }, 'ru'))).toBe('2022');
  });
  it('labels Russian part years as Russian statistics do', () => {
    expect(plain(formatPeriod({ year: 2024, months: [1, 8] }, 'ru'))).toBe('январь–август 2024 г.');
    expect(plain(formatPeriod({ year: 2024, months: [5, 5] }, 'ru'))).toBe('май 2024 г.');
    expect(plain(formatPeriod({ year: 2025, months: [1, 3] }, 'ru'))).toBe('I квартал 2025 г.');
    expect(plain(formatPeriod({ year: 2025, months: [7, 9] }, 'ru'))).toBe('III квартал 2025 г.');
    expect(formatPeriod({ year: 2025, months: [7, 9] }, 'vi')).toBe('Quý III/2025');
    expect(formatPeriod({ year: 2011, months: [3, 3] }, 'en')).toBe('Mar 2011');
  });
});
