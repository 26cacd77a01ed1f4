/**
 * The pairs the table lists, as CSV rows (one per pair, in the table's order). Each column's
 * meaning: docs/downloads.md#a-views-table-as-csv.
 */
import { csvFileName, csvText, joinList, type CsvValue } from '@/lib/csv/csv';
import { formatDatePoint } from '@/lib/format';
import { localText } from '@/lib/local-text';
import { sinceYear } from '@/lib/partnerships';
import type { Lang } from '@/lib/url/lang';
import type { Partnership, Place, Source } from '@data/schema';
import type { PairStatus } from './partners-params';

export const PAIRS_CSV_FIELDS = [
  'id',
  'vn_place_id',
  'vn_place',
  'vn_place_kind',
  'by_place_id',
  'by_place',
  'by_place_kind',
  'status',
  'since',
  'since_iso',
  'since_year',
  'since_circa',
  'note',
  'documents',
  'source_ids',
  'source_urls',
] as const;

export interface PairsCsvContext {
  lang: Lang;
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
}

/** One row per pair, by column name. */
export function pairsCsvRows(
  pairs: readonly Partnership[],
  { lang, places, sources }: PairsCsvContext,
): Record<(typeof PAIRS_CSV_FIELDS)[number], CsvValue>[] {
  const place = (id: string) => places.get(id);
  return pairs.map((p) => {
    const vn = place(p.vnPlaceId);
    const by = place(p.byPlaceId);
    const since = p.since;
    return {
      id: p.id,
      vn_place_id: p.vnPlaceId,
      vn_place: vn ? localText(vn.names, lang) : undefined,
      vn_place_kind: vn?.kind,
      by_place_id: p.byPlaceId,
      by_place: by ? localText(by.names, lang) : undefined,
      by_place_kind: by?.kind,
      status: p.status,
      since: since ? formatDatePoint(since, lang) : undefined,
      since_iso: since
        ? since.end && since.end !== since.start
          ? `${since.start}/${since.end}`
          : since.start
        : undefined,
      since_year: sinceYear(p),
      since_circa: since ? since.circa === true : undefined,
      note: p.note ? localText(p.note, lang) : undefined,
      documents: joinList(p.documents.map((d) => localText(d.title, lang))),
      source_ids: joinList(p.sourceIds),
      source_urls: joinList(p.sourceIds.map((id) => sources.get(id)?.url)),
    };
  });
}

/** The pairs as CSV text (header, one line per pair); `saveCsv` adds the byte-order mark. */
export function pairsCsv(pairs: readonly Partnership[], context: PairsCsvContext): string {
  return csvText(PAIRS_CSV_FIELDS, pairsCsvRows(pairs, context));
}

/**
 * The table lists every pair in place by the end year, so the name says `until-<year>`, after
 * the statuses chosen and `dated` when undated pairs are hidden:
 *   ['signed'], undated hidden, 2024 → `vietnam-belarus-partners-signed-dated-until-2024.csv`
 */
export function pairsFileName(filter: {
  status: readonly PairStatus[];
  undated: boolean;
  to: number;
}): string {
  return csvFileName('partners', [...filter.status, ...(filter.undated ? [] : ['dated'])], { to: filter.to });
}
