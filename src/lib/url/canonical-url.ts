/**
 * The link a reader shares: this view's path in its language and the canonical search (a link
 * copied in Vietnamese opens in Vietnamese). `pathname` may carry a language prefix or not.
 *   canonicalUrl('https://x.org', '/trade', '?to=2024', 'vi') → "https://x.org/vi/trade?to=2024"
 */
import { EMBED_HEIGHT, type EmbedMode } from './embed';
import { langPath, splitLangPath, type Lang } from './lang';
import { canonicalSearch } from './params';

/** The search of a link, canonical, without the old `lang` (the path names it) and `drop`. */
function linkSearch(search: string, drop: readonly string[] = []): string {
  const s = new URLSearchParams(search);
  for (const p of ['lang', ...drop]) s.delete(p);
  return canonicalSearch(s);
}

/** A view's path (with or without a language prefix) in `lang`: ('/vi/trade', 'ru') → /ru/trade. */
export function pathIn(lang: Lang, pathname: string): string {
  return langPath(lang, splitLangPath(pathname).path);
}

export function canonicalUrl(origin: string, pathname: string, search: string, lang: Lang): string {
  return `${origin}${pathIn(lang, pathname)}${linkSearch(search, ['embed'])}`;
}

/** The same view for an iframe: `embed=1` hides the site chrome, `embed=chart` shows the figure alone. */
export function embedUrl(
  origin: string,
  pathname: string,
  search: string,
  lang: Lang,
  mode: EmbedMode = 'full',
): string {
  const s = new URLSearchParams(linkSearch(search));
  s.set('embed', mode === 'chart' ? 'chart' : '1');
  return `${origin}${pathIn(lang, pathname)}${canonicalSearch(s)}`;
}

/** The message an embedded view sends its page whenever its height changes (`useEmbedHeight`). */
export const EMBED_HEIGHT_MESSAGE = 'vnby-embed-height';

/**
 * The iframe snippet for an article: titled with what it shows, a fixed height that fits the
 * view at 600 px, and an optional one-line script (as Datawrapper's responsive embed has) that
 * sets each of this site's frames to the height its view reports, so no frame scrolls inside at
 * any width. Attribute values are escaped.
 */
export function embedSnippet(src: string, title: string, mode: EmbedMode = 'full'): string {
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const origin = new URL(src, 'http://localhost').origin;
  const frame = `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${EMBED_HEIGHT[mode]}" style="border:0" loading="lazy"></iframe>`;
  const script =
    `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!=="${EMBED_HEIGHT_MESSAGE}")return;` +
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})</script>`;
  return `${frame}\n${script}`;
}

/** This page's origin, or "" where there is no window (prerendering at build). */
export function pageOrigin(): string {
  return typeof window === 'undefined' ? '' : window.location.origin;
}
