/**
 * The sources the view lists, as CSV rows (one per source, newest first, as listed). Each column's
 * meaning: docs/downloads.md#a-views-table-as-csv.
 */
import { csvFileName, csvText, type CsvValue } from '@/lib/csv/csv';
import { copyUrl } from '@/lib/publishers';
import type { YearRange } from '@/lib/url/year-range';
import type { Source } from '@data/schema';
import type { CitingKind } from './citations';

export const CITING_KINDS: readonly CitingKind[] = [
  'official',
  'trade',
  'events',
  'partnerships',
  'indicators',
  'goods',
];

export const SOURCES_CSV_FIELDS = [
  'id',
  'date',
  'publisher',
  'title',
  'url',
  'copy_url',
  'language',
  'kind',
  'cited_by_count',
  ...CITING_KINDS.map((k) => `cited_by_${k}`),
];

type Citations = ReadonlyMap<string, Partial<Record<CitingKind, string[]>>>;

/** One row per source, by column name. */
export function sourcesCsvRows(sources: readonly Source[], citations: Citations): Record<string, CsvValue>[] {
  return sources.map((s) => {
    const cited = citations.get(s.id) ?? {};
    const counts = CITING_KINDS.map((k) => [`cited_by_${k}`, cited[k]?.length ?? 0] as const);
    return {
      id: s.id,
      date: s.date,
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      copy_url: s.copy && copyUrl(s.copy),
      language: s.language,
      kind: s.kind,
      cited_by_count: counts.reduce((sum, [, n]) => sum + n, 0),
      ...Object.fromEntries(counts),
    };
  });
}

/** The sources as CSV text (header, one line per source); `saveCsv` adds the byte-order mark. */
export function sourcesCsv(sources: readonly Source[], citations: Citations): string {
  return csvText(SOURCES_CSV_FIELDS, sourcesCsvRows(sources, citations));
}

/** `vietnam-belarus-sources-2010-2024.csv`: the view's only filter is the years. */
export function sourcesFileName(range: YearRange): string {
  return csvFileName('sources', [], { from: range.from, to: range.to });
}
