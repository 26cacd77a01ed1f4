/**
 * The events the timeline lists, as CSV rows (one per event, in the timeline's order). Each
 * column's meaning: docs/downloads.md#a-views-table-as-csv.
 */
import { byId } from '@/lib/by-id';
import { csvFileName, csvText, joinList, type CsvValue } from '@/lib/csv/csv';
import { formatDatePoint } from '@/lib/format';
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';
import type { YearRange } from '@/lib/url/year-range';
import type { DatasetEvent, Person, Place, Source } from '@data/schema';
import type { EventFilters } from './filter-events';
import { participantName, peopleByName } from './participants';

export const VISITS_CSV_FIELDS = [
  'id',
  'date',
  'date_iso',
  'date_precision',
  'date_circa',
  'date_conflict',
  'kind',
  'level',
  'direction',
  'title',
  'place_id',
  'place',
  'participants',
  'source_ids',
  'source_urls',
] as const;

export interface VisitsCsvContext {
  lang: Lang;
  places: readonly Place[];
  people: readonly Person[];
  /** Undefined when the source list is not available: the URLs column is then left empty. */
  sources?: readonly Source[];
}

/** `{ start: '2023-12-06', end: '2023-12-09' }` → `2023-12-06/2023-12-09`; a single date as written. */
export function isoDate(date: DatasetEvent['date']): string {
  return date.end && date.end !== date.start ? `${date.start}/${date.end}` : date.start;
}

/** One row per event, by column name. */
export function visitsCsvRows(
  events: readonly DatasetEvent[],
  { lang, places, people, sources }: VisitsCsvContext,
): Record<(typeof VISITS_CSV_FIELDS)[number], CsvValue>[] {
  const placeById = byId(places);
  const byName = peopleByName(people);
  const sourceById = sources ? byId(sources) : null;
  return events.map((e) => {
    const place = e.placeId ? placeById.get(e.placeId) : undefined;
    return {
      id: e.id,
      date: formatDatePoint(e.date, lang),
      date_iso: isoDate(e.date),
      date_precision: e.date.precision,
      date_circa: e.date.circa === true,
      date_conflict: e.tags.includes('conflict'),
      kind: e.kind,
      level: e.level,
      direction: e.direction,
      title: localText(e.title, lang),
      place_id: e.placeId,
      place: place ? localText(place.names, lang) : undefined,
      participants: joinList(e.participants.map((name) => participantName(name, byName, lang))),
      source_ids: joinList(e.sourceIds),
      source_urls: sourceById ? joinList(e.sourceIds.map((id) => sourceById.get(id)?.url)) : '',
    };
  });
}

/** The events as CSV text (header, one line per event); `saveCsv` adds the byte-order mark. */
export function visitsCsv(events: readonly DatasetEvent[], context: VisitsCsvContext): string {
  return csvText(VISITS_CSV_FIELDS, visitsCsvRows(events, context));
}

/**
 * The file name carries the filters and the years:
 *   kinds [agreement], q "Hà Nội", 2010–2024 → `vietnam-belarus-visits-agreement-ha-noi-2010-2024.csv`
 */
export function visitsFileName(
  filters: Pick<EventFilters, 'kinds' | 'levels' | 'dirs' | 'q'>,
  range: YearRange,
): string {
  return csvFileName('visits', [...filters.kinds, ...filters.levels, ...filters.dirs, filters.q], {
    from: range.from,
    to: range.to,
  });
}
