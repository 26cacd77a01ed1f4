/**
 * The partners view's own URL state (the year range is shared and parsed elsewhere):
 *   `?pair=<partnershipId>` or `?place=<placeId>` selects (pair wins when both are given);
 *   `?status=signed,proposed` limits statuses (absent = all);
 *   `?undated=0` hides pairs with no known date (shown by default);
 *   `?sort=since` / `?sort=-since` orders the table (default: Vietnamese locality, A→Z); the
 *   `column-direction` form other views once wrote (`?sort=since-desc`) opens the same order.
 */
import {
  parseBoolParam,
  parseIdParam,
  parseSetParam,
  parseSortParam,
  setBoolParam,
  setIdParam,
  setSetParam,
  setSortParam,
  type ParamIssue,
  type Parsed,
  type SortParam,
} from '@/lib/url/params';
import type { Partnership } from '@data/schema';

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

const DEFAULT_SORT: SortParam<SortKey> = { key: DEFAULT_PARAMS.sort, dir: 'asc' };

/** `?pair=p1&status=signed,bogus` → { pair: 'p1', status: ['signed'], ... } plus an issue naming `status=bogus`. */
export function parsePartnersParams(search: URLSearchParams, known?: KnownIds): Parsed<PartnersParams> {
  const issues: ParamIssue[] = [];
  const pair = parseIdParam(search, 'pair', known?.pairs);
  const place = parseIdParam(search, 'place', known?.places);
  issues.push(...pair.issues, ...place.issues);
  let placeValue = place.value;
  if (pair.value !== null && placeValue !== null) {
    // One selection at a time: the pair is the more specific of the two.
    issues.push({ param: 'place', value: placeValue, action: 'ignored' });
    placeValue = null;
  }
  const status = parseSetParam(search, 'status', STATUSES);
  issues.push(...status.issues);
  const undated = parseBoolParam(search, 'undated', DEFAULT_PARAMS.undated);
  issues.push(...undated.issues);
  const sort = parseSortParam(search, 'sort', SORT_KEYS, DEFAULT_SORT);
  issues.push(...sort.issues);
  return {
    value: {
      pair: pair.value,
      place: placeValue,
      status: status.value,
      undated: undated.value,
      sort: sort.value.key,
      desc: sort.value.dir === 'desc',
    },
    issues,
  };
}

/** Writes the view's params into `search`, leaving out defaults (other params are kept). */
export function writePartnersParams(search: URLSearchParams, value: PartnersParams): void {
  setIdParam(search, 'pair', value.pair);
  setIdParam(search, 'place', value.pair === null ? value.place : null);
  // Every status ticked is the same view as none: keep the link clean.
  setSetParam(
    search,
    'status',
    value.status.length === STATUSES.length ? [] : STATUSES.filter((s) => value.status.includes(s)),
  );
  setBoolParam(search, 'undated', value.undated, DEFAULT_PARAMS.undated);
  setSortParam(search, 'sort', { key: value.sort, dir: value.desc ? 'desc' : 'asc' }, DEFAULT_SORT);
}
