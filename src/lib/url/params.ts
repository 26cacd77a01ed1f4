/**
 * Shared vocabulary of URL parsing: every param parses to a value plus, when the link held
 * something unusable, an issue naming the param so the view can say what it ignored. One form per
 * kind of value, whatever the view, so links read alike (docs/urls.md#one-form-per-kind-of-value).
 */
import { RECORD_ID_PATTERN } from '@data/record-id';

export interface ParamIssue {
  /** The query param as written in the link, e.g. `from`. */
  param: string;
  /** The raw value that was ignored or changed. */
  value: string;
  /**
   * What happened: ignored (default used), clamped to a nearby valid value, or swapped with the
   * other end of a range (`from` after `to`).
   */
  action: 'ignored' | 'clamped' | 'swapped';
  /** The value used instead, when clamped or swapped. */
  usedValue?: string;
}

export interface Parsed<T> {
  value: T;
  issues: ParamIssue[];
}

/** Parses an enum param: `flow=exports` with allowed [total, exports] → "exports". */
export function parseEnumParam<T extends string>(
  search: URLSearchParams,
  param: string,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  const raw = search.get(param);
  if (raw === null || raw === '') return { value: fallback, issues: [] };
  if ((allowed as readonly string[]).includes(raw)) return { value: raw as T, issues: [] };
  return { value: fallback, issues: [{ param, value: raw, action: 'ignored' }] };
}

/**
 * Parses a comma-separated set: `kind=visit,agreement`. Unknown members are dropped (and named);
 * the result keeps the order of `allowed`, so serialising it again is canonical.
 */
export function parseSetParam<T extends string>(
  search: URLSearchParams,
  param: string,
  allowed: readonly T[],
): Parsed<T[]> {
  const raw = search.get(param);
  if (raw === null || raw === '') return { value: [], issues: [] };
  const parts = raw.split(',');
  const bad = parts.filter((p) => !(allowed as readonly string[]).includes(p));
  const value = allowed.filter((a) => parts.includes(a));
  return { value, issues: bad.length ? [{ param, value: bad.join(','), action: 'ignored' }] : [] };
}

/** Writes a set param, or removes it when empty. */
export function setSetParam(search: URLSearchParams, param: string, values: readonly string[]): void {
  if (values.length === 0) search.delete(param);
  else search.set(param, values.join(','));
}

/** Writes a param, or removes it when it equals the default (default views get clean links). */
export function setOrDelete(search: URLSearchParams, param: string, value: string, fallback: string): void {
  if (value === fallback) search.delete(param);
  else search.set(param, value);
}

/** Canonical form: params sorted by name, so equal views have equal links. */
export function canonicalSearch(search: URLSearchParams): string {
  const s = new URLSearchParams(search);
  s.sort();
  const str = s.toString();
  return str ? `?${str}` : '';
}

const TRUE_VALUES = ['1', 'true'];
const FALSE_VALUES = ['0', 'false'];

/** Parses a boolean: `markers=0` → false; `true`/`false` (an older form) read the same as `1`/`0`. */
export function parseBoolParam(search: URLSearchParams, param: string, fallback: boolean): Parsed<boolean> {
  const raw = search.get(param);
  if (raw === null || raw === '') return { value: fallback, issues: [] };
  if (TRUE_VALUES.includes(raw)) return { value: true, issues: [] };
  if (FALSE_VALUES.includes(raw)) return { value: false, issues: [] };
  return { value: fallback, issues: [{ param, value: raw, action: 'ignored' }] };
}

/** Writes a boolean as `1` / `0`, or removes it when it equals the default. */
export function setBoolParam(
  search: URLSearchParams,
  param: string,
  value: boolean,
  fallback: boolean,
): void {
  setOrDelete(search, param, value ? '1' : '0', fallback ? '1' : '0');
}

export type SortDir = 'asc' | 'desc';

/** A table's order: a column and a direction. */
export interface SortParam<K extends string> {
  key: K;
  dir: SortDir;
}

/** The one written form of a sort: `{ key: 'value', dir: 'desc' }` → `-value`. */
export const sortText = (sort: SortParam<string>): string => `${sort.dir === 'desc' ? '-' : ''}${sort.key}`;

/**
 * Parses a sort: `sort=since` (ascending) or `sort=-since` (descending). The older
 * `column-direction` form (`sort=value-desc`) opens the same order without a notice.
 */
export function parseSortParam<K extends string>(
  search: URLSearchParams,
  param: string,
  keys: readonly K[],
  fallback: SortParam<K>,
): Parsed<SortParam<K>> {
  const raw = search.get(param);
  if (raw === null || raw === '') return { value: fallback, issues: [] };
  const isKey = (k: string): k is K => (keys as readonly string[]).includes(k);
  if (isKey(raw)) return { value: { key: raw, dir: 'asc' }, issues: [] };
  const descKey = raw.startsWith('-') ? raw.slice(1) : '';
  if (isKey(descKey)) return { value: { key: descKey, dir: 'desc' }, issues: [] };
  const [, legacyKey = '', legacyDir] = /^(.+)-(asc|desc)$/.exec(raw) ?? [];
  if (isKey(legacyKey)) return { value: { key: legacyKey, dir: legacyDir as SortDir }, issues: [] };
  return { value: fallback, issues: [{ param, value: raw, action: 'ignored' }] };
}

/** Writes a sort as `key` / `-key`, or removes it when it is the default order. */
export function setSortParam<K extends string>(
  search: URLSearchParams,
  param: string,
  sort: SortParam<K>,
  fallback: SortParam<K>,
): void {
  setOrDelete(search, param, sortText(sort), sortText(fallback));
}

/**
 * Parses a record id: `event=visit-2023-12` → "visit-2023-12". A malformed id, or one missing
 * from `known` when the data is at hand, is ignored and named.
 */
export function parseIdParam(
  search: URLSearchParams,
  param: string,
  known?: ReadonlySet<string>,
): Parsed<string | null> {
  const raw = search.get(param);
  if (raw === null || raw === '') return { value: null, issues: [] };
  if (!RECORD_ID_PATTERN.test(raw) || (known && !known.has(raw))) {
    return { value: null, issues: [{ param, value: raw, action: 'ignored' }] };
  }
  return { value: raw, issues: [] };
}

/** Writes an id, or removes the param for none. */
export function setIdParam(search: URLSearchParams, param: string, id: string | null): void {
  if (id === null) search.delete(param);
  else search.set(param, id);
}
