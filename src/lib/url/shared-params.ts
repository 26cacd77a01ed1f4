/** Params every view shares; links between views carry these and drop the view's own. */
export const SHARED_PARAMS = ['from', 'to', 'lang', 'embed'] as const;

/** `?from=2010&kind=visit&lang=vi` → `?from=2010&lang=vi` */
export function sharedSearch(search: string): string {
  const current = new URLSearchParams(search);
  const next = new URLSearchParams();
  for (const p of SHARED_PARAMS) {
    const v = current.get(p);
    if (v !== null) next.set(p, v);
  }
  next.sort();
  const s = next.toString();
  return s ? `?${s}` : '';
}
