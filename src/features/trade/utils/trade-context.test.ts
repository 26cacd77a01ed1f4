import { datePoint, makeEvent } from '@/testing/event-fixtures';
import { figure } from '@/testing/trade-fixtures';
import type { DatasetEvent, GoodsList, Indicator } from '@data/schema';
import {
  allEventMarkers,
  contextComparison,
  eventHrefBuilder,
  goodsByYear,
  indicatorCards,
  markerIndex,
  markersInYears,
  yearPosition,
} from './trade-context';

const event = (
  id: string,
  start: string,
  level: DatasetEvent['level'],
  kind: DatasetEvent['kind'] = 'visit',
): DatasetEvent => makeEvent({ id, date: datePoint(start), kind, level, direction: 'bilateral' });

describe(yearPosition.name, () => {
  it('places a date inside its year band, a year-only date at the middle', () => {
    expect(yearPosition({ start: '2020', precision: 'year' })).toBe(2020);
    expect(yearPosition({ start: '2020-01', precision: 'month' })).toBeCloseTo(2019.5 + 0.5 / 12);
    expect(yearPosition({ start: '2020-12-31', precision: 'day' })).toBeGreaterThan(2020.45);
  });
});

describe(allEventMarkers.name, () => {
  it('keeps top-level events and agreements in the range, by date', () => {
    const events = [
      event('president', '2023-12-06', 'head-of-state'),
      event('minister', '2022-05', 'ministerial'),
      event('deal', '2022-03', 'ministerial', 'agreement'),
      event('old', '2001', 'head-of-government'),
    ];
    const index = markerIndex(allEventMarkers(events));
    expect(markersInYears(index, { from: 2010, to: 2024 }).map((m) => m.event.id)).toEqual([
      'deal',
      'president',
    ]);
  });
});

describe(contextComparison.name, () => {
  it('takes the latest year Vietnam reports for Russia, Kazakhstan or Azerbaijan, with both sides for Belarus', () => {
    const trade = [
      figure({ year: 2024, partner: 'RU', id: 'ru', valueUsd: 5e9 }),
      figure({ year: 2023, partner: 'KZ', id: 'kz-old' }),
      figure({ year: 2024, partner: 'BY', reporter: 'BY', id: 'by-by', valueUsd: 4e8 }),
      figure({ year: 2024, partner: 'BY', id: 'by-vn', valueUsd: 1e8 }),
      figure({ year: 2024, partner: 'BY', flow: 'vn-exports', id: 'by-ex' }),
      figure({ year: 2024, partner: 'RU', reporter: 'other', id: 'ru-other' }),
    ];
    const { year, bars } = contextComparison(trade);
    expect(year).toBe(2024);
    expect(bars.map((b) => b.figure.id)).toEqual(['ru', 'by-by', 'by-vn']);
  });

  it('is empty without figures for the other partners', () => {
    expect(contextComparison([figure({ year: 2024 })])).toEqual({ year: null, bars: [] });
  });
});

describe(indicatorCards.name, () => {
  const indicator = (
    id: string,
    name: Indicator['name'],
    start: string,
    value: number,
    label: string = name,
  ): Indicator => ({
    id,
    name,
    label: { en: label, vi: label },
    date: { start, precision: 'year' },
    value,
    unit: 'people',
    qualifier: 'about',
    uncertain: false,
    sourceId: 's',
    quote: 'q',
  });

  it('gives the latest value of each indicator with its history, in a fixed order', () => {
    const cards = indicatorCards([
      indicator('s2', 'students', '2023', 20),
      indicator('c', 'community', '2020', 1000),
      indicator('s1', 'students', '2019', 10),
      indicator('s1b', 'students', '2019', 12),
      indicator('e', 'embassy', '2020', 1),
    ]);
    expect(cards.map((c) => [c.name, c.latest.id, c.history.length])).toEqual([
      ['community', 'c', 1],
      ['students', 's2', 3],
    ]);
  });

  it('keeps a differently labelled series (one province) apart, and names same-date values', () => {
    const cards = indicatorCards([
      indicator('n1', 'investment-capital', '2021', 30, 'Belarusian capital in Vietnam'),
      indicator('n2', 'investment-capital', '2023', 32, 'Belarusian capital in Vietnam'),
      indicator('n2b', 'investment-capital', '2023', 31, 'Belarusian capital in Vietnam'),
      indicator('h', 'investment-capital', '2023', 1, 'Belarusian capital in one city'),
    ]);
    expect(cards.map((c) => [c.latest.id, c.alsoLatest.map((i) => i.id), c.history.length])).toEqual([
      ['n2b', ['n2'], 3],
      ['h', [], 1],
    ]);
  });
});

describe(goodsByYear.name, () => {
  it('groups lists by year, newest first, split by flow', () => {
    const list = (id: string, year: number, flow: GoodsList['flow']): GoodsList => ({
      id,
      year,
      flow,
      items: [{ en: 'rice', vi: 'gạo' }],
      sourceId: 's',
      quote: 'q',
    });
    expect(
      goodsByYear([
        list('a', 2011, 'vn-exports'),
        list('b', 2023, 'vn-imports'),
        list('c', 2011, 'vn-imports'),
      ]),
    ).toEqual([
      { year: 2023, exports: [], imports: [expect.objectContaining({ id: 'b' })] },
      {
        year: 2011,
        exports: [expect.objectContaining({ id: 'a' })],
        imports: [expect.objectContaining({ id: 'c' })],
      },
    ]);
  });
});

describe(markersInYears.name, () => {
  it('finds the same markers as a plain filter, edges of the year bands included', () => {
    const events = [
      event('a', '2009-12-31', 'head-of-state'),
      event('b', '2010-01-01', 'head-of-state'),
      event('c', '2010', 'head-of-government', 'agreement'),
      event('d', '2014-12-31', 'party-leader'),
      event('e', '2015-01', 'head-of-state'),
    ];
    const all = allEventMarkers(events);
    for (const range of [
      { from: 2010, to: 2014 },
      { from: 2009, to: 2009 },
      { from: 2015, to: 2020 },
    ]) {
      const plain = all.filter((m) => m.x >= range.from - 0.5 && m.x < range.to + 0.5);
      expect(markersInYears(markerIndex(all), range)).toEqual(plain);
    }
    expect(markersInYears(markerIndex(all), { from: 2010, to: 2014 }).map((m) => m.event.id)).toEqual([
      'b',
      'c',
      'd',
    ]);
  });
});

describe(eventHrefBuilder.name, () => {
  it('links to the event in Visits in the page language, with the search it is given, sorted', () => {
    const href = eventHrefBuilder('?embed=1', 'vi');
    expect(href('visit-2017-06')).toBe('/vi/visits?embed=1&event=visit-2017-06');
    // An id the template cannot splice safely is encoded in full.
    expect(href('a b&c')).toBe('/vi/visits?embed=1&event=a+b%26c');
    expect(eventHrefBuilder('')('x')).toBe('/visits?event=x');
  });
});
