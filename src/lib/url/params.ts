/**
 * Shared vocabulary of URL parsing: every param parses to a value plus, when the link held
 * something unusable, an issue naming the param so the view can say what it ignored.
 */

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
