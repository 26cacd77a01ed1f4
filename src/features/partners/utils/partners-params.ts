/**
 * The partners view's own URL state (the year range is shared and parsed elsewhere):
 *   `?pair=<partnershipId>` or `?place=<placeId>` selects (pair wins when both are given);
 *   `?status=signed,proposed` limits statuses (absent = all);
 *   `?undated=0` hides pairs with no known date (shown by default);
 *   `?sort=since` / `?sort=-since` orders the table (default: Vietnamese locality, A→Z).
 */
import type { Partnership } from '@data/schema';
import {
  parseEnumParam,
  parseSetParam,
  setOrDelete,
  setSetParam,
  type ParamIssue,
  type Parsed,
} from '@/lib/url/params';

export type PairStatus = Partnership['status'];
export const STATUSES: readonly PairStatus[] = ['signed', 'proposed', 'cited'];
export const SORT_KEYS = ['vn', 'by', 'status', 'since'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface PartnersParams {
  pair: string | null;
  place: string | null;
  /** Empty means every status. */
  status: PairStatus[];
  undated: boolean;
  sort: SortKey;
  desc: boolean;
}

export const DEFAULT_PARAMS: PartnersParams = {
  pair: null,
  place: null,
  status: [],
  undated: true,
  sort: 'vn',
  desc: false,
};

/** Ids that exist in the data; without them, any well-formed id is accepted. */
export interface KnownIds {
  pairs: ReadonlySet<string>;
  places: ReadonlySet<string>;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

function parseId(
  search: URLSearchParams,
  param: string,
  known: ReadonlySet<string> | undefined,
): Parsed<string | null> {
  const raw = search.get(param);
  if (raw === null || raw === '') return { value: null, issues: [] };
  if (!ID.test(raw) || (known && !known.has(raw))) {
    return { value: null, issues: [{ param, value: raw, action: 'ignored' }] };
  }
  return { value: raw, issues: [] };
}

/** `?pair=p1&status=signed,bogus` → { pair: 'p1', status: ['signed'], ... } plus an issue naming `status=bogus`. */
export function parsePartnersParams(search: URLSearchParams, known?: KnownIds): Parsed<PartnersParams> {
  const issues: ParamIssue[] = [];
  const pair = parseId(search, 'pair', known?.pairs);
  const place = parseId(search, 'place', known?.places);
  issues.push(...pair.issues, ...place.issues);
  let placeValue = place.value;
  if (pair.value !== null && placeValue !== null) {
    // One selection at a time: the pair is the more specific of the two.
    issues.push({ param: 'place', value: placeValue, action: 'ignored' });
    placeValue = null;
  }
  const status = parseSetParam(search, 'status', STATUSES);
  issues.push(...status.issues);
  const undated = parseEnumParam(search, 'undated', ['1', '0'] as const, '1');
  issues.push(...undated.issues);
  const rawSort = search.get('sort');
  const desc = rawSort?.startsWith('-') ?? false;
  const sortSearch = new URLSearchParams(rawSort ? { sort: desc ? rawSort.slice(1) : rawSort } : {});
  const sort = parseEnumParam(sortSearch, 'sort', SORT_KEYS, 'vn');
  if (sort.issues.length) issues.push({ param: 'sort', value: rawSort ?? '', action: 'ignored' });
  return {
    value: {
      pair: pair.value,
      place: placeValue,
      status: status.value,
      undated: undated.value === '1',
      sort: sort.value,
      desc: sort.issues.length ? false : desc,
    },
    issues,
  };
}

/** Writes the view's params into `search`, leaving out defaults (other params are kept). */
export function writePartnersParams(search: URLSearchParams, value: PartnersParams): void {
  if (value.pair !== null) search.set('pair', value.pair);
  else search.delete('pair');
  if (value.place !== null && value.pair === null) search.set('place', value.place);
  else search.delete('place');
  // Every status ticked is the same view as none: keep the link clean.
  setSetParam(
    search,
    'status',
    value.status.length === STATUSES.length ? [] : STATUSES.filter((s) => value.status.includes(s)),
  );
  setOrDelete(search, 'undated', value.undated ? '1' : '0', '1');
  setOrDelete(search, 'sort', `${value.desc ? '-' : ''}${value.sort}`, 'vn');
}
