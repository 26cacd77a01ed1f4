/** Params every view shares; links between views carry these and drop the view's own. */
export const SHARED_PARAMS = ['from', 'to', 'lang', 'embed'] as const;

export type SharedParam = (typeof SHARED_PARAMS)[number];

/** `?from=2010&kind=visit&lang=vi` → `?from=2010&lang=vi`; `omit` drops some shared ones too. */
export function sharedSearch(search: string, omit: readonly SharedParam[] = []): string {
  const current = new URLSearchParams(search);
  const next = new URLSearchParams();
  for (const p of SHARED_PARAMS) {
    if (omit.includes(p)) continue;
    const v = current.get(p);
    if (v !== null) next.set(p, v);
  }
  next.sort();
  const s = next.toString();
  return s ? `?${s}` : '';
}

/**
 * The search of a link to another view: the shared params (less `omit`) plus the target's own,
 * sorted. `appSearch('?from=2010&kind=visit', { event: 'x' })` → `?event=x&from=2010`.
 */
export function appSearch(
  search: string,
  own: URLSearchParams | Record<string, string> = {},
  omit: readonly SharedParam[] = [],
): string {
  const next = new URLSearchParams(sharedSearch(search, omit));
  for (const [k, v] of new URLSearchParams(own)) next.set(k, v);
  next.sort();
  const s = next.toString();
  return s ? `?${s}` : '';
}

/**
 * `search` with the page's language named, when the link does not name one already:
 * `withLang('?from=2010', 'vi')` → `?from=2010&lang=vi`. Links built from it open in the language
 * they were made in, whatever the receiver's browser prefers.
 */
export function withLang(search: string, lang: string): string {
  const s = new URLSearchParams(search);
  if (s.get('lang')) return search;
  s.set('lang', lang);
  s.sort();
  return `?${s}`;
}
