/**
 * The Visits view's own URL state: `?kind=visit,talks&level=head-of-government&dir=by-to-vn&q=minsk&event=<id>`.
 * Sets are comma lists in a fixed order, so equal filters give equal links; empty values are left out.
 */
import {
  parseEnumParam,
  parseIdParam,
  parseSetParam,
  setIdParam,
  setOrDelete,
  setSetParam,
  type Parsed,
} from '@/lib/url/params';
import type { EventDirection, EventKind, EventLevel } from '@data/schema';

// Records (not arrays) so the compiler notices when the schema gains a member.
const KINDS: Record<EventKind, true> = {
  visit: true,
  meeting: true,
  talks: true,
  agreement: true,
  milestone: true,
  'commission-igc': true,
  'commission-military': true,
  'commission-science': true,
  'culture-days': true,
  diplomatic: true,
};
const LEVELS: Record<EventLevel, true> = {
  'head-of-state': true,
  'head-of-government': true,
  'party-leader': true,
  parliament: true,
  ministerial: true,
  local: true,
  other: true,
};
const DIRECTIONS: Record<EventDirection, true> = {
  'vn-to-by': true,
  'by-to-vn': true,
  'third-country': true,
  bilateral: true,
};

export const EVENT_KINDS = Object.keys(KINDS) as EventKind[];
export const EVENT_LEVELS = Object.keys(LEVELS) as EventLevel[];
export const EVENT_DIRECTIONS = Object.keys(DIRECTIONS) as EventDirection[];

/** The list's order: newest first unless the link says `order=oldest`. */
export const EVENT_ORDERS = ['newest', 'oldest'] as const;
export type EventOrder = (typeof EVENT_ORDERS)[number];

/**
 * Kind values of older links, read as what they meant then: `commission` named the three
 * commissions together before each had a kind of its own.
 */
const OLD_KINDS: Record<string, EventKind[]> = {
  commission: ['commission-igc', 'commission-military', 'commission-science'],
};

/** What the reader chose in the Visits view; `event` is the opened event's id. */
export interface VisitsParams {
  kinds: EventKind[];
  levels: EventLevel[];
  dirs: EventDirection[];
  q: string;
  event: string | null;
  order: EventOrder;
}

export const DEFAULT_VISITS_PARAMS: VisitsParams = {
  kinds: [],
  levels: [],
  dirs: [],
  q: '',
  event: null,
  order: 'newest',
};

/** `kind=commission,visit` → `kind=commission-igc,commission-military,commission-science,visit`. */
function migrateKinds(search: URLSearchParams): URLSearchParams {
  const raw = search.get('kind');
  if (raw === null || !raw.split(',').some((k) => k in OLD_KINDS)) return search;
  const next = new URLSearchParams(search);
  next.set(
    'kind',
    raw
      .split(',')
      .flatMap((k) => OLD_KINDS[k] ?? [k])
      .join(','),
  );
  return next;
}

/** `?kind=visit,bogus&event=x` → kinds [visit], event "x", and an issue naming `kind=bogus`. */
export function parseVisitsParams(search: URLSearchParams): Parsed<VisitsParams> {
  const kinds = parseSetParam(migrateKinds(search), 'kind', EVENT_KINDS);
  const levels = parseSetParam(search, 'level', EVENT_LEVELS);
  const dirs = parseSetParam(search, 'dir', EVENT_DIRECTIONS);
  const event = parseIdParam(search, 'event');
  const order = parseEnumParam(search, 'order', EVENT_ORDERS, DEFAULT_VISITS_PARAMS.order);
  return {
    value: {
      kinds: kinds.value,
      levels: levels.value,
      dirs: dirs.value,
      q: search.get('q') ?? '',
      event: event.value,
      order: order.value,
    },
    issues: [...kinds.issues, ...levels.issues, ...dirs.issues, ...event.issues, ...order.issues],
  };
}

/** Writes the params into `search`, leaving out empty sets, a blank `q` and no event. */
export function writeVisitsParams(search: URLSearchParams, params: VisitsParams): void {
  setSetParam(
    search,
    'kind',
    EVENT_KINDS.filter((k) => params.kinds.includes(k)),
  );
  setSetParam(
    search,
    'level',
    EVENT_LEVELS.filter((l) => params.levels.includes(l)),
  );
  setSetParam(
    search,
    'dir',
    EVENT_DIRECTIONS.filter((d) => params.dirs.includes(d)),
  );
  if (params.q.trim() === '') search.delete('q');
  else search.set('q', params.q);
  setIdParam(search, 'event', params.event);
  setOrDelete(search, 'order', params.order, DEFAULT_VISITS_PARAMS.order);
}

/** Whether any filter of the view (not the shared years) is set. */
export function hasViewFilters(params: VisitsParams): boolean {
  return params.kinds.length + params.levels.length + params.dirs.length > 0 || params.q.trim() !== '';
}
