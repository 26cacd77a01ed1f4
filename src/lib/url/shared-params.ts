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
