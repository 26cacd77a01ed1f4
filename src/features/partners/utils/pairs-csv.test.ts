import Papa from 'papaparse';
import type { Partnership, Place, Source } from '@data/schema';
import { PAIRS_CSV_FIELDS, pairsCsv, pairsCsvRows, pairsFileName } from './pairs-csv';

const place = (id: string, names: Place['names'], kind: Place['kind'], country: Place['country']): Place => ({
  id,
  names,
  kind,
  country,
  latitude: 0,
  longitude: 0,
  geonamesId: 1,
});
const places = new Map(
  [
    place('hanoi', { en: 'Hanoi', vi: 'Hà Nội', ru: 'Ханой' }, 'city', 'VN'),
    place('minsk', { en: 'Minsk', vi: 'Minsk', ru: 'Минск' }, 'city', 'BY'),
    place('brest-region', { en: 'Brest Region', vi: 'Tỉnh Brest' }, 'region', 'BY'),
  ].map((p) => [p.id, p]),
);
const sources = new Map<string, Source>([
  [
    's1',
    {
      id: 's1',
      publisher: 'VNA',
      title: 'T',
      date: '2004',
      language: 'vi',
      kind: 'news',
      url: 'https://example.org/1',
    },
  ],
]);
const pairs: Partnership[] = [
  {
    id: 'hanoi-minsk',
    vnPlaceId: 'hanoi',
    byPlaceId: 'minsk',
    status: 'signed',
    since: { start: '2004-05', end: '2004-06', precision: 'month' },
    documents: [{ title: { en: 'Agreement on cooperation', vi: 'Thỏa thuận hợp tác' } }],
    sourceIds: ['s1', 'unknown-source'],
    quotes: [{ sourceId: 's1', text: 'A quote.', shows: 'signed' as const }],
    note: { en: 'Renewed in 2014.', vi: 'Gia hạn năm 2014.' },
  },
  {
    id: 'hanoi-brest',
    vnPlaceId: 'hanoi',
    byPlaceId: 'brest-region',
    status: 'proposed',
    since: null,
    documents: [],
    sourceIds: ['s1'],
    quotes: [{ sourceId: 's1', text: 'A quote.', shows: 'signed' as const }],
  },
];

describe(pairsCsvRows.name, () => {
  it('writes each pair’s places, kinds, status, date, note, documents and sources', () => {
    const [row] = pairsCsvRows(pairs, { lang: 'vi', places, sources });
    expect(row).toEqual({
      id: 'hanoi-minsk',
      vn_place_id: 'hanoi',
      vn_place: 'Hà Nội',
      vn_place_kind: 'city',
      by_place_id: 'minsk',
      by_place: 'Minsk',
      by_place_kind: 'city',
      status: 'signed',
      since: expect.stringContaining('2004'),
      since_iso: '2004-05/2004-06',
      since_year: 2004,
      since_circa: false,
      note: 'Gia hạn năm 2014.',
      documents: 'Thỏa thuận hợp tác',
      source_ids: 's1 | unknown-source',
      source_urls: 'https://example.org/1 | ',
    });
  });

  it('leaves the date cells empty for a pair no source dates', () => {
    const [, undated] = pairsCsvRows(pairs, { lang: 'ru', places, sources });
    expect(undated).toMatchObject({
      since: undefined,
      since_year: null,
      by_place: 'Brest Region',
      by_place_kind: 'region',
    });
  });
});

describe(pairsCsv.name, () => {
  it('has the documented columns, rows in the table’s order, dates as text', () => {
    const parsed = Papa.parse<Record<string, string>>(pairsCsv(pairs, { lang: 'en', places, sources }), {
      header: true,
    });
    expect(parsed.meta.fields).toEqual([...PAIRS_CSV_FIELDS]);
    expect(parsed.data.map((r) => r.id)).toEqual(['hanoi-minsk', 'hanoi-brest']);
    expect(parsed.data[0]!.since_iso).toBe('="2004-05/2004-06"');
    expect(parsed.data[1]).toMatchObject({ since: '', since_iso: '', since_year: '' });
  });
});

describe(pairsFileName.name, () => {
  it('names the statuses, "dated" when undated pairs are hidden, and the end year', () => {
    expect(pairsFileName({ status: ['signed', 'cited'], undated: false, to: 2024 })).toBe(
      'vietnam-belarus-partners-signed-cited-dated-until-2024.csv',
    );
    expect(pairsFileName({ status: [], undated: true, to: 2025 })).toBe(
      'vietnam-belarus-partners-until-2025.csv',
    );
  });
});
