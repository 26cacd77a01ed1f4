import { existsBy, pairSince } from '@/lib/partnerships';
import { datePoint, makePair } from '@/testing/event-fixtures';
import type { Partnership, Place } from '@data/schema';
import { bucketOf, filterPairs, pairIndex, periodBuckets, sortPairs } from './filter-pairs';
import type { PairStatus } from './partners-params';

const pair = (id: string, status: Partnership['status'], start: string | null, vn = 'hanoi', by = 'minsk') =>
  makePair({ id, vnPlaceId: vn, byPlaceId: by, status, since: start ? datePoint(start) : null });

const pairs = [
  pair('a', 'signed', '2004-11'),
  pair('b', 'proposed', '2023-05'),
  pair('c', 'cited', null),
  pair('d', 'signed', '2017'),
];

describe(filterPairs.name, () => {
  const ids = (f: Parameters<typeof filterPairs>[1]) => filterPairs(pairIndex(pairs), f).map((p) => p.id);

  it('keeps pairs signed by the end year, and undated ones when asked', () => {
    expect(ids({ to: 2020, status: [], showUndated: true })).toEqual(['a', 'c', 'd']);
    expect(ids({ to: 2020, status: [], showUndated: false })).toEqual(['a', 'd']);
  });

  it('counts a pair signed in the end year itself', () => {
    expect(ids({ to: 2017, status: [], showUndated: false })).toEqual(['a', 'd']);
  });

  it('keeps only the chosen statuses', () => {
    expect(ids({ to: 2030, status: ['proposed', 'cited'], showUndated: true })).toEqual(['b', 'c']);
  });

  it('gives what existsBy and the status say for every year, status choice and undated setting', () => {
    // Many pairs in mixed order, so the per-status runs and the counting from sorted years are
    // checked against the plain rule, order included.
    const statuses = ['signed', 'proposed', 'cited'] as const;
    const many = Array.from({ length: 60 }, (_, i) =>
      pair(`p${i}`, statuses[(i * 7) % 3]!, i % 5 === 0 ? null : String(2000 + ((i * 13) % 25))),
    );
    const index = pairIndex(many);
    const choices: PairStatus[][] = [[], ['signed'], ['cited'], ['signed', 'cited'], [...statuses]];
    for (const status of choices)
      for (const showUndated of [true, false])
        for (const to of [1999, 2000, 2012, 2024, 2030]) {
          const expected = many
            .filter((p) => existsBy(pairSince(p), to, showUndated))
            .filter((p) => status.length === 0 || status.includes(p.status))
            .map((p) => p.id);
          expect(filterPairs(index, { to, status, showUndated }).map((p) => p.id)).toEqual(expected);
        }
  });
});

describe(periodBuckets.name, () => {
  it('makes one step per decade, oldest first, and an undated step', () => {
    expect(periodBuckets([2004, 2023, null, 2017]).map((b) => [b.key, b.slot])).toEqual([
      ['2000s', 0],
      ['2010s', 1],
      ['2020s', 2],
      ['undated', -1],
    ]);
  });

  it('merges the oldest decades when there are more than slots', () => {
    const b = periodBuckets([1975, 1988, 1994, 2004, 2015], 3);
    expect(b.map((x) => x.key)).toEqual(['until-1999', '2000s', '2010s']);
    expect(bucketOf(b, 1975)?.key).toBe('until-1999');
    expect(bucketOf(b, 2015)?.slot).toBe(2);
  });

  it('gives nothing for no pairs', () => {
    expect(periodBuckets([])).toEqual([]);
  });
});

describe(bucketOf.name, () => {
  it('finds the undated bucket for null', () => {
    expect(bucketOf(periodBuckets([2004, null]), null)?.slot).toBe(-1);
  });
});

describe(sortPairs.name, () => {
  const place = (id: string, en: string): Place => ({
    id,
    names: { en, vi: en },
    country: 'VN',
    kind: 'city',
    latitude: 0,
    longitude: 0,
    geonamesId: 1,
  });
  const places = new Map(
    [
      place('hanoi', 'Hanoi'),
      place('hue', 'Hue'),
      place('da-nang', 'Da Nang'),
      place('minsk', 'Minsk'),
      place('brest', 'Brest'),
    ].map((p) => [p.id, p]),
  );
  const rows = [
    pair('1', 'cited', null, 'hue'),
    pair('2', 'signed', '2010', 'hanoi', 'brest'),
    pair('3', 'proposed', '2001', 'da-nang'),
  ];
  const order = (key: Parameters<typeof sortPairs>[2], desc = false) =>
    sortPairs(rows, places, key, desc, 'en-GB', 'en').map((p) => p.id);

  it('sorts by Vietnamese locality by default order', () => {
    expect(order('vn')).toEqual(['3', '2', '1']);
    expect(order('vn', true)).toEqual(['1', '2', '3']);
  });

  it('sorts by date with undated last in both directions', () => {
    expect(order('since')).toEqual(['3', '2', '1']);
    expect(order('since', true)).toEqual(['2', '3', '1']);
  });

  it('sorts by status and by Belarusian locality', () => {
    expect(order('status')).toEqual(['2', '3', '1']);
    expect(order('by')[0]).toBe('2');
  });
});
