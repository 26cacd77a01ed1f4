/**
 * Pure: the newest high-level visit each way, and the Visits link that lists every such visit.
 * A visit is an event of kind `visit` (talks, commissions and culture days are trips too, but
 * not visits); its way is the direction the travelling side went. High level is the event's
 * `level`, the highest office taking part (data/README.md): a head of state or government, a
 * party leader or the head of a parliament.
 */
import { yearInRange, type YearRange } from '@/lib/url/year-range';
import type { DatasetEvent, EventLevel } from '@data/schema';

/** In the order the Visits view writes its `level` param, so the link is the one it would write. */
export const HIGH_LEVELS: readonly EventLevel[] = [
  'head-of-state',
  'head-of-government',
  'party-leader',
  'parliament',
];

export const WAYS = ['vn-to-by', 'by-to-vn'] as const;
export type Way = (typeof WAYS)[number];

export interface LastVisit {
  /** The newest of them, or undefined when there is none in the years. */
  event?: DatasetEvent;
  /** How many high-level visits went this way in the years. */
  count: number;
}

/** Chronological, as the Visits view orders its list: by start date as written, then id. */
const compare = (a: DatasetEvent, b: DatasetEvent) =>
  a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id);

/** Each way's newest high-level visit whose start year is in `range`, and their number. */
export function lastHighLevelVisits(
  events: readonly DatasetEvent[],
  range: YearRange,
): Record<Way, LastVisit> {
  const out: Record<Way, LastVisit> = { 'vn-to-by': { count: 0 }, 'by-to-vn': { count: 0 } };
  for (const e of events) {
    if (e.kind !== 'visit' || !HIGH_LEVELS.includes(e.level)) continue;
    if (e.direction !== 'vn-to-by' && e.direction !== 'by-to-vn') continue;
    if (!yearInRange(Number(e.date.start.slice(0, 4)), range)) continue;
    const way = out[e.direction];
    way.count++;
    if (!way.event || compare(e, way.event) > 0) way.event = e;
  }
  return out;
}

/** The Visits view's own params that list a way's high-level visits (the years travel apart). */
export function highLevelSearch(way: Way): Record<string, string> {
  return { kind: 'visit', level: HIGH_LEVELS.join(','), dir: way };
}
