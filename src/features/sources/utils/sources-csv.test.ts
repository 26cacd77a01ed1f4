import Papa from 'papaparse';
import type { Source } from '@data/schema';
import { SOURCES_CSV_FIELDS, sourcesCsv, sourcesCsvRows, sourcesFileName } from './sources-csv';

const sources: Source[] = [
  {
    id: 'vna-1',
    publisher: 'VNA',
    title: '=Trade, "record" year',
    date: '2023-12',
    language: 'vi',
    kind: 'news',
    url: 'https://example.org/a',
  },
  { id: 'seed', publisher: 'BelTA', title: 'Seed article', date: '2010', language: 'ru', kind: 'official' },
  {
    id: 'imf',
    publisher: 'International Monetary Fund',
    title: 'DOTS',
    date: '2022-02-02',
    language: 'en',
    kind: 'statistics',
    url: 'https://data.imf.org/?sk=dots',
    copy: {
      repository: 'https://github.com/a/b',
      commit: 'a769819d9b25a21a362d6cabfb10f150903f834d',
      paths: ['data/x.xlsx'],
      date: '2022-02-02',
    },
  },
];
const citations = new Map([['vna-1', { events: ['e1', 'e2'], trade: ['t1'] }]]);

describe(sourcesCsvRows.name, () => {
  it('counts the records citing each source, all together and by kind', () => {
    const [vna, seed] = sourcesCsvRows(sources, citations);
    expect(vna).toMatchObject({
      cited_by_count: 3,
      cited_by_events: 2,
      cited_by_trade: 1,
      cited_by_official: 0,
    });
    expect(seed).toMatchObject({ cited_by_count: 0, url: undefined });
  });
});

describe(sourcesCsv.name, () => {
  it('writes the documented columns, one line per source in the order given, dates as text', () => {
    const parsed = Papa.parse<Record<string, string>>(sourcesCsv(sources, citations), { header: true });
    expect(parsed.meta.fields).toEqual(SOURCES_CSV_FIELDS);
    expect(parsed.data.map((r) => r.id)).toEqual(['vna-1', 'seed', 'imf']);
    expect(parsed.data[0]).toMatchObject({
      date: '="2023-12"',
      publisher: 'VNA',
      // A title that begins like a formula is guarded, its quotes and comma kept.
      title: '\'=Trade, "record" year',
      url: 'https://example.org/a',
      kind: 'news',
      cited_by_count: '3',
    });
    expect(parsed.data[1]).toMatchObject({ date: '2010', url: '', copy_url: '', kind: 'official' });
    // A dataset read from a copy: the publisher's page, and the copy at the commit used.
    expect(parsed.data[2]).toMatchObject({
      url: 'https://data.imf.org/?sk=dots',
      copy_url: 'https://github.com/a/b/tree/a769819d9b25a21a362d6cabfb10f150903f834d/data',
    });
  });
});

describe(sourcesFileName.name, () => {
  it('names the years', () => {
    expect(sourcesFileName({ from: 2010, to: 2024 })).toBe('vietnam-belarus-sources-2010-2024.csv');
  });
});
