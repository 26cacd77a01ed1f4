import { parseEmbed, type EmbedMode } from './embed';
import { langParamIssues, splitLangPath, type Lang } from './lang';
import type { ParamIssue } from './params';
import { parseYearRange, type YearDomain, type YearRange } from './year-range';

/**
 * Params every view shares; links between views carry these and drop the view's own. The
 * language is not among them: it is part of the path (src/lib/url/lang.ts).
 */
export const SHARED_PARAMS = ['from', 'to', 'embed'] as const;

export type SharedParam = (typeof SHARED_PARAMS)[number];

/** `?from=2010&kind=visit&embed=1` → `?embed=1&from=2010`; `omit` drops some shared ones too. */
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

/** What one location says of the params every view shares, read once per location. */
export interface SharedParams {
  /** The UI language, from the path. */
  lang: Lang;
  /** The view's path without the language: `/trade`. */
  path: string;
  range: YearRange;
  embed: EmbedMode | null;
  /** Shared params the link held that could not be used as written. */
  issues: ParamIssue[];
}

/** `/vi/trade?from=2010&embed=chart` → { vi, /trade, 2010–max, chart }; the one parse of them. */
export function parseShared(pathname: string, search: string, domain: YearDomain): SharedParams {
  const params = new URLSearchParams(search);
  const { lang, path } = splitLangPath(pathname);
  const range = parseYearRange(params, domain);
  const raw = params.get('embed');
  const embed = parseEmbed(raw);
  const embedIssues: ParamIssue[] =
    raw !== null && raw !== '' && embed === null ? [{ param: 'embed', value: raw, action: 'ignored' }] : [];
  return {
    lang,
    path,
    range: range.value,
    embed,
    issues: [...range.issues, ...langParamIssues(params), ...embedIssues],
  };
}
