/** Test fixtures: events, places, people and pairs built in tests, never shown in the app. */
import type { DatasetEvent, DatePoint, Partnership, Person, Place, Source } from '@data/schema';
import { sourceRecord } from './source-fixtures';

/** An event with sensible defaults; override what a test is about. */
export function makeEvent(over: Partial<DatasetEvent> & { id: string }): DatasetEvent {
  return {
    date: { start: '2010-05', precision: 'month' },
    kind: 'visit',
    level: 'ministerial',
    direction: 'vn-to-by',
    participants: [],
    title: { en: `Event ${over.id}`, vi: `Sự kiện ${over.id}` },
    summary: { en: 'Summary.', vi: 'Tóm tắt.' },
    documents: [],
    sourceIds: ['src-a'],
    tags: [],
    quotes: [{ sourceId: 'src-a', text: 'A quote.' }],
    ...over,
  };
}

/** A date as the data writes it, its precision read from its length: '2023-12' → month. */
export function datePoint(start: string): DatePoint {
  return { start, precision: start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day' };
}

/** An event's kind, level and direction, the three things the Visits filters choose by. */
export function facets(
  kind: DatasetEvent['kind'],
  level: DatasetEvent['level'],
  direction: DatasetEvent['direction'],
): Pick<DatasetEvent, 'kind' | 'level' | 'direction'> {
  return { kind, level, direction };
}

/** A partnership with sensible defaults (signed, undated, one source); override what a test is about. */
export function makePair(
  over: Partial<Partnership> & Pick<Partnership, 'id' | 'vnPlaceId' | 'byPlaceId'>,
): Partnership {
  return {
    status: 'signed',
    since: null,
    documents: [],
    sourceIds: ['src-a'],
    quotes: [{ sourceId: 'src-a', text: 'A quote.', shows: 'signed' }],
    ...over,
  };
}

/** A place with sensible defaults. */
export function makePlace(over: Partial<Place> & { id: string; names: Place['names'] }): Place {
  return { country: 'VN', kind: 'city', latitude: 21, longitude: 105.8, geonamesId: 1, ...over };
}

const KINDS = ['visit', 'meeting', 'talks', 'agreement'] as const;
const LEVELS = ['head-of-state', 'head-of-government', 'ministerial'] as const;
const DIRS = ['vn-to-by', 'by-to-vn', 'third-country', 'bilateral'] as const;

/** `n` synthetic events cycling through kinds, levels, directions and the years 2000–2024. */
export function syntheticEvents(n: number): DatasetEvent[] {
  return Array.from({ length: n }, (_, i) =>
    makeEvent({
      id: `synthetic-${i}`,
      date: { start: `${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}`, precision: 'month' },
      kind: KINDS[i % KINDS.length]!,
      level: LEVELS[i % LEVELS.length]!,
      direction: DIRS[i % DIRS.length]!,
      participants: i % 10 === 0 ? ['Phạm Minh Chính'] : ['Roman Golovchenko'],
    }),
  );
}

/** People as data/people.json holds them: the stored Latin name and its form in each language. */
export const PEOPLE = {
  // The older transcription is an alias: a reader who types it still finds him.
  phamMinhChinh: {
    ...person('Pham Minh Chinh', 'Phạm Minh Chính', 'Фам Минь Тьинь'),
    aliases: ['Фам Минь Тинь'],
  },
  lukashenko: person('Alexander Lukashenko', 'Alexander Lukashenko', 'Александр Лукашенко'),
  nguyenPhuTrong: person('Nguyen Phu Trong', 'Nguyễn Phú Trọng', 'Нгуен Фу Чонг'),
  golovchenko: person('Roman Golovchenko', 'Roman Golovchenko', 'Роман Головченко'),
};

function person(name: string, vi: string, ru: string): Person {
  return { id: name.toLowerCase().replace(/ /g, '-'), name, names: { vi, en: name, ru } };
}

/** Places several tests share: Hanoi (named in three languages), Minsk, Da Nang, Moscow. */
export const PLACES = {
  hanoi: makePlace({ id: 'hanoi', names: { en: 'Hanoi', vi: 'Hà Nội', ru: 'Ханой' } }),
  minsk: makePlace({ id: 'minsk', names: { en: 'Minsk', vi: 'Minsk' }, country: 'BY' }),
  daNang: makePlace({ id: 'da-nang', names: { en: 'Da Nang', vi: 'Đà Nẵng' } }),
  moscow: makePlace({ id: 'moscow', names: { en: 'Moscow', vi: 'Mát-xcơ-va' }, country: 'RU' }),
};

/** The Hanoi–Minsk partnership, undated. */
export const HANOI_MINSK: Partnership = makePair({
  id: 'hanoi-minsk',
  vnPlaceId: 'hanoi',
  byPlaceId: 'minsk',
});

/** Prime Minister Golovchenko's visit to Hanoi, 6–9 December 2023, with Pham Minh Chinh. */
export function golovchenkoVisit(over: Partial<DatasetEvent> = {}): DatasetEvent {
  return makeEvent({
    id: 'visit-2023-12-golovchenko',
    date: { start: '2023-12-06', end: '2023-12-09', precision: 'day' },
    kind: 'visit',
    level: 'head-of-government',
    direction: 'by-to-vn',
    placeId: 'hanoi',
    participants: ['Roman Golovchenko', 'Pham Minh Chinh'],
    title: { en: 'Golovchenko visits Vietnam', vi: 'Thủ tướng Golovchenko thăm Việt Nam' },
    ...over,
  });
}

/** VNA's English report `src-a`, the source makeEvent cites by default. */
export const vnaReport = (title: string): Source => ({
  ...sourceRecord('src-a', 'VNA'),
  title,
  date: '2023-12-07',
  url: 'https://example.org/a',
});

/** BelTA's Russian report `src-b`, with no link. */
export const beltaReport = (title: string, date: string): Source => ({
  ...sourceRecord('src-b', 'BelTA'),
  title,
  date,
  language: 'ru',
});
