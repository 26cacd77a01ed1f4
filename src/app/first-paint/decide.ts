/**
 * What a page shows before its app is live, decided once from the URL, the page it was served
 * (`<html data-page>`, set by the build) and the reader's language. The same function runs inline
 * in each prerendered page's head, before anything paints (src/app/first-paint/head.ts), and in the
 * entry (src/main.tsx). docs/first-paint.md has the whole design.
 */
import { langPath, migrateLangParam, namesLang, preferredLang, splitLangPath } from '@/lib/url/lang';

/**
 * - `redirect`: the link is for another page: an old `?lang=` link, or a bare path for a reader
 *   whose language (chosen before, else the browser's) is Vietnamese or Russian. Nothing paints.
 * - `page`: the served page is this very view (its path, no params): shown as it is, hydrated.
 * - `state`: its path with params (a shared link): heading and introduction are right, the rest is
 *   the default view's, so it is hidden (styles.css) until the view renders on the client.
 * - `other`: the served page is not this view (another path, the single-page fallback, an embed):
 *   nothing of it shows; the client renders the view.
 */
export type FirstPaint = { redirect: string } | { show: 'page' | 'state' | 'other' };

export interface Where {
  pathname: string;
  search: string;
  hash: string;
}

export function firstPaint(
  where: Where,
  page: string | null,
  storage: Pick<Storage, 'getItem'> | undefined,
  languages: readonly string[] | undefined,
): FirstPaint {
  const migrated = migrateLangParam(where.pathname, where.search);
  if (migrated !== null) return { redirect: migrated + where.hash };
  const at = splitLangPath(where.pathname);
  if (!namesLang(where.pathname, where.search)) {
    const lang = preferredLang(storage, languages);
    if (lang !== 'en') return { redirect: langPath(lang, at.path) + where.search + where.hash };
  }
  if (page === null || page !== langPath(at.lang, at.path)) return { show: 'other' };
  const params = new URLSearchParams(where.search);
  if (params.has('embed')) return { show: 'other' };
  // `lang=en` only names the page's own language.
  if (params.get('lang') === 'en') params.delete('lang');
  return { show: params.size === 0 ? 'page' : 'state' };
}
