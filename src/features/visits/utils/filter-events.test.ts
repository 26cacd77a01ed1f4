import {
  datePoint,
  facets,
  golovchenkoVisit,
  makeEvent,
  PEOPLE,
  PLACES,
  syntheticEvents,
} from '@/testing/event-fixtures';
import { readDataJson } from '@/testing/real-data';
import type { DatasetEvent, Person, Place } from '@data/schema';
import {
  eventIndex,
  eventYear,
  filterEvents,
  facetCounts,
  groupByYear,
  type EventFilters,
} from './filter-events';
import { EVENT_DIRECTIONS, EVENT_KINDS, EVENT_LEVELS } from './visits-params';

const none: EventFilters = { kinds: [], levels: [], dirs: [], q: '' };

const places = [PLACES.hanoi, PLACES.daNang, PLACES.moscow];

const events = [
  // Golovchenko's 2023 visit, one participant written with Vietnamese diacritics.
  golovchenkoVisit({ id: 'a', participants: ['Roman Golovchenko', 'Phạm Minh Chính'] }),
  makeEvent({ id: 'b', date: datePoint('2008'), ...facets('agreement', 'ministerial', 'bilateral') }),
  makeEvent({
    id: 'c',
    date: datePoint('2015-05'),
    ...facets('talks', 'head-of-state', 'third-country'),
    placeId: 'moscow',
    participants: ['Alexander Lukashenko', 'Trương Tấn Sang'],
  }),
  makeEvent({
    id: 'd',
    date: datePoint('2019-03-10'),
    ...facets('culture-days', 'local', 'vn-to-by'),
    placeId: 'da-nang',
    title: { en: 'Vietnamese culture days', vi: 'Những ngày văn hóa Việt Nam' },
  }),
  makeEvent({ id: 'e', date: datePoint('2010-05'), ...facets('visit', 'head-of-government', 'by-to-vn') }),
];

const index = eventIndex(events, places);
const ids = (f: Partial<EventFilters>) => filterEvents(index, { ...none, ...f }).map((e) => e.id);

describe(filterEvents.name, () => {
  it('returns every event, oldest first, without filters', () => {
    expect(ids({})).toEqual(['b', 'e', 'c', 'd', 'a']);
  });

  it('treats several kinds as alternatives', () => {
    expect(ids({ kinds: ['talks', 'agreement'] })).toEqual(['b', 'c']);
  });

  it('filters by direction and level together', () => {
    expect(ids({ dirs: ['by-to-vn'] })).toEqual(['e', 'a']);
    expect(ids({ dirs: ['by-to-vn'], levels: ['head-of-government'], from: 2011 })).toEqual(['a']);
    expect(ids({ levels: ['head-of-state', 'local'] })).toEqual(['c', 'd']);
  });

  it('applies the start-year range inclusively, each bound optional', () => {
    expect(ids({ from: 2010, to: 2019 })).toEqual(['e', 'c', 'd']);
    expect(ids({ to: 2010 })).toEqual(['b', 'e']);
    expect(ids({ from: 2023 })).toEqual(['a']);
  });

  it('finds place names and participants ignoring diacritics and case', () => {
    expect(ids({ q: 'ha noi' })).toEqual(['a']);
    expect(ids({ q: 'HANOI' })).toEqual(['a']);
    expect(ids({ q: 'lukashenko' })).toEqual(['c']);
    expect(ids({ q: 'truong tan sang' })).toEqual(['c']);
  });

  it('folds đ so that "da nang" finds Đà Nẵng', () => {
    expect(ids({ q: 'da nang' })).toEqual(['d']);
    expect(ids({ q: 'Đà' })).toEqual(['d']);
  });

  it('searches titles in both languages', () => {
    expect(ids({ q: 'van hoa' })).toEqual(['d']);
    expect(ids({ q: 'culture days' })).toEqual(['d']);
  });

  describe('in Russian', () => {
    // Its Russian title names Lukashenko; his participation in "c" is written in Latin only.
    const kazan = makeEvent({
      id: 'f',
      date: { start: '2024-10-24', precision: 'day' },
      kind: 'meeting',
      level: 'head-of-state',
      direction: 'third-country',
      participants: ['Phạm Minh Chính'],
      title: {
        en: 'Pham Minh Chinh meets the President of Belarus in Kazan',
        vi: 'Thủ tướng Phạm Minh Chính gặp Tổng thống Belarus tại Kazan',
        ru: 'Фам Минь Тьинь встретился с Александром Лукашенко в Казани',
      },
    });
    const withKazan = eventIndex([...events, kazan], places);
    const ru = (q: string) => filterEvents(withKazan, { ...none, q }).map((e) => e.id);

    it('finds place names, titles and participants written in Latin', () => {
      expect(ru('ханой')).toEqual(['a']);
      expect(ru('ХАНОЙ')).toEqual(['a']);
      expect(ru('лукашенко')).toEqual(['c', 'f']);
      expect(ru('головченко')).toEqual(['a']);
      expect(ru('в казани')).toEqual(['f']);
    });

    it('folds ё to е in queries and texts', () => {
      expect(ru('встретился с александром')).toEqual(['f']);
      expect(ru('встрётился')).toEqual(['f']);
    });
  });

  describe('with the participants’ names in every language', () => {
    // As in data/events.json: participants stored in Latin letters, their forms in data/people.json.
    const people: Person[] = [PEOPLE.phamMinhChinh, PEOPLE.lukashenko, PEOPLE.nguyenPhuTrong];
    const stored = [
      makeEvent({ id: 'kazan', participants: ['Pham Minh Chinh', 'Alexander Lukashenko'] }),
      makeEvent({ id: 'minsk', participants: ['Nguyen Phu Trong', 'Alexander Lukashenko'] }),
      makeEvent({ id: 'hanoi', participants: ['Pham Minh Chinh', 'Nobody Known'] }),
    ];
    const found = (q: string, list = people) =>
      filterEvents(eventIndex(stored, places, list), { ...none, q }).map((e) => e.id);

    it('finds a Russian name as Russian readers write it', () => {
      expect(found('лукашенко')).toEqual(['kazan', 'minsk']);
      expect(found('Фам Минь Тьинь')).toEqual(['hanoi', 'kazan']);
      expect(found('нгуен фу чонг')).toEqual(['minsk']);
      // "Чонг" is no Latin spelling of "Trong": only the people record finds it.
      expect(found('чонг', [])).toEqual([]);
    });

    it('finds a Vietnamese name with or without its diacritics', () => {
      expect(found('phạm minh chính')).toEqual(['hanoi', 'kazan']);
      expect(found('pham minh chinh')).toEqual(['hanoi', 'kazan']);
      expect(found('Nguyễn Phú Trọng')).toEqual(['minsk']);
    });

    it('still finds a participant with no people record as stored', () => {
      expect(found('nobody known')).toEqual(['hanoi']);
    });

    it('counts facets with the same names', () => {
      const counts = facetCounts(eventIndex(stored, places, people), { ...none, q: 'чонг' });
      expect(counts.kind.get('visit')).toBe(1);
    });
  });

  it('returns an empty list when nothing matches', () => {
    expect(ids({ q: 'nowhere at all' })).toEqual([]);
    expect(ids({ kinds: ['milestone'] })).toEqual([]);
  });

  it('filters 1,000 synthetic events by every filter at once', () => {
    const many = syntheticEvents(1000);
    const manyIndex = eventIndex(many, places);
    const result = filterEvents(manyIndex, {
      kinds: ['visit'],
      levels: ['head-of-state'],
      dirs: ['vn-to-by'],
      q: 'pham minh',
      from: 2010,
      to: 2019,
    });
    // i ≡ 0 (mod 4, 3, 4, 10) → i ≡ 0 (mod 60); the year 2000 + i % 25 within 2010–2019.
    const expected = many.filter((_, i) => i % 60 === 0 && i % 25 >= 10 && i % 25 <= 19).map((e) => e.id);
    expect(result.map((e) => e.id).sort()).toEqual(expected.sort());
    expect(result.length).toBeGreaterThan(0);
    expect(filterEvents(manyIndex, none)).toHaveLength(1000);
  });
});

describe(facetCounts.name, () => {
  it('counts each option under the other filters, for options present in the data only', () => {
    const counts = facetCounts(index, { ...none, dirs: ['by-to-vn'] });
    expect([...counts.kind]).toEqual([
      ['visit', 2],
      ['agreement', 0],
      ['talks', 0],
      ['culture-days', 0],
    ]);
    // The direction counts ignore the direction filter itself.
    expect(counts.dir.get('vn-to-by')).toBe(1);
    expect(counts.dir.get('by-to-vn')).toBe(2);
    expect(counts.level.has('parliament')).toBe(false);
  });
});

describe(`${facetCounts.name} and ${filterEvents.name} on the real data`, () => {
  // One rule for both: a chip's count is how many events the timeline would show were that chip
  // the only one chosen in its group, whatever the other filters are.
  const real = eventIndex(
    readDataJson<DatasetEvent[]>('events.json'),
    readDataJson<Place[]>('places.json'),
    readDataJson<Person[]>('people.json'),
  );
  const states: EventFilters[] = [
    none,
    { ...none, from: 2010, to: 2020 },
    { ...none, kinds: ['visit', 'agreement'], dirs: ['by-to-vn'] },
    { ...none, levels: ['head-of-state'], from: 2000 },
    { ...none, q: 'minsk' },
    { ...none, q: 'лукашенко', to: 2015 },
  ];
  const groups = [
    ['kind', 'kinds', EVENT_KINDS],
    ['level', 'levels', EVENT_LEVELS],
    ['dir', 'dirs', EVENT_DIRECTIONS],
  ] as const;

  it.each(states)('counts what each chip would show (%o)', (filters) => {
    const counts = facetCounts(real, filters);
    for (const [facet, key, values] of groups) {
      for (const value of values) {
        const shown = filterEvents(real, { ...filters, [key]: [value] }).length;
        expect({ facet, value, count: counts[facet].get(value as never) ?? 0 }).toEqual({
          facet,
          value,
          count: shown,
        });
      }
    }
  });

  it('has events of several kinds to count', () => {
    expect(real.present.kind.length).toBeGreaterThan(1);
  });
});

describe(groupByYear.name, () => {
  it('groups sorted events by start year', () => {
    const groups = groupByYear(filterEvents(index, none));
    // One event a year in the fixtures.
    expect(groups.map((g) => [g.year, g.events.length])).toEqual(
      [2008, 2010, 2015, 2019, 2023].map((year) => [year, 1]),
    );
  });
});

describe(eventYear.name, () => {
  it('reads the start year of a year, a month or a day', () => {
    for (const start of ['2010', '2010-05', '2010-05-03'])
      expect(eventYear(makeEvent({ id: start, date: { start, precision: 'year' } }))).toBe(2010);
    expect(eventYear(makeEvent({ id: 'old', date: { start: '0998-01', precision: 'month' } }))).toBe(998);
  });
});
