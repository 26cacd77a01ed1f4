import Papa from 'papaparse';
import { unprotectCell } from '@/lib/csv/csv';
import {
  beltaReport,
  golovchenkoVisit,
  makeEvent,
  PEOPLE,
  PLACES,
  vnaReport,
} from '@/testing/event-fixtures';
import { isoDate, VISITS_CSV_FIELDS, visitsCsv, visitsCsvRows, visitsFileName } from './visits-csv';

const places = [PLACES.hanoi];
const people = [PEOPLE.golovchenko, PEOPLE.phamMinhChinh];
const sources = [vnaReport('A'), beltaReport('B', '2010')];
const golovchenko = golovchenkoVisit({ sourceIds: ['src-b', 'src-a'] });
const disputed = makeEvent({
  id: 'agreement-2008',
  date: { start: '2008', precision: 'year', circa: true },
  kind: 'agreement',
  tags: ['conflict'],
});

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true });

describe(visitsCsvRows.name, () => {
  it('writes one row per event, in the order given, in the reader’s language', () => {
    const rows = visitsCsvRows([golovchenko, disputed], { lang: 'vi', places, people, sources });
    expect(rows.map((r) => r.id)).toEqual(['visit-2023-12-golovchenko', 'agreement-2008']);
    expect(rows[0]).toMatchObject({
      date: '6–9/12/2023',
      date_iso: '2023-12-06/2023-12-09',
      date_precision: 'day',
      kind: 'visit',
      level: 'head-of-government',
      direction: 'by-to-vn',
      title: 'Thủ tướng Golovchenko thăm Việt Nam',
      place_id: 'hanoi',
      place: 'Hà Nội',
      participants: 'Roman Golovchenko | Phạm Minh Chính',
      source_ids: 'src-b | src-a',
      // A source with no address keeps its place, so the n-th URL is the n-th source's.
      source_urls: ' | https://example.org/a',
    });
  });

  it('flags a date that was inferred and one the sources disagree on', () => {
    const [a, b] = visitsCsvRows([golovchenko, disputed], { lang: 'en', places, people, sources });
    expect([a!.date_circa, a!.date_conflict]).toEqual([false, false]);
    expect([b!.date_circa, b!.date_conflict]).toEqual([true, true]);
    expect(b!.date).toBe('c. 2008');
  });

  it('falls back to English where a title is missing, and to no URLs without the source list', () => {
    const [row] = visitsCsvRows([golovchenko], { lang: 'ru', places, people });
    expect(row).toMatchObject({ title: 'Golovchenko visits Vietnam', place: 'Ханой', source_urls: '' });
  });
});

describe(visitsCsv.name, () => {
  it('has the documented columns and keeps dates as text for a spreadsheet', () => {
    const parsed = parse(visitsCsv([golovchenko], { lang: 'en', places, people, sources }));
    expect(parsed.meta.fields).toEqual([...VISITS_CSV_FIELDS]);
    const [row] = parsed.data;
    expect(row!.date_iso).toBe('="2023-12-06/2023-12-09"');
    expect(unprotectCell(row!.date_iso!)).toBe('2023-12-06/2023-12-09');
    expect(row!.date).toMatch(/^6\s–\s9 Dec 2023$/);
  });
});

describe(isoDate.name, () => {
  it('writes a range as ISO 8601 start/end and a single date as it is', () => {
    expect(isoDate({ start: '2010-05', end: '2010-06', precision: 'month' })).toBe('2010-05/2010-06');
    expect(isoDate({ start: '2010-05', precision: 'month' })).toBe('2010-05');
  });
});

describe(visitsFileName.name, () => {
  it('names the filters and the years', () => {
    expect(
      visitsFileName(
        { kinds: ['agreement'], levels: [], dirs: ['by-to-vn'], q: 'Hà Nội' },
        { from: 2010, to: 2024 },
      ),
    ).toBe('vietnam-belarus-visits-agreement-by-to-vn-ha-noi-2010-2024.csv');
    expect(visitsFileName({ kinds: [], levels: [], dirs: [], q: '' }, { from: 2010, to: 2024 })).toBe(
      'vietnam-belarus-visits-2010-2024.csv',
    );
  });
});
