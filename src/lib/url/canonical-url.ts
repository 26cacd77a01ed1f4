/**
 * The link a reader shares: this view's path and canonical search, always with the language
 * (a link copied in Vietnamese opens in Vietnamese whatever the receiver's browser prefers).
 *   canonicalUrl('https://x.org', '/trade', '?to=2024', 'vi') → "https://x.org/trade?lang=vi&to=2024"
 */
import { EMBED_HEIGHT, type EmbedMode } from './embed';
import { canonicalSearch } from './params';
import type { Lang } from './lang';

export function canonicalUrl(origin: string, pathname: string, search: string, lang: Lang): string {
  const s = new URLSearchParams(search);
  s.delete('embed');
  s.set('lang', lang);
  return `${origin}${pathname}${canonicalSearch(s)}`;
}

/** The same view for an iframe: `embed=1` hides the site chrome, `embed=chart` shows the figure alone. */
export function embedUrl(
  origin: string,
  pathname: string,
  search: string,
  lang: Lang,
  mode: EmbedMode = 'full',
): string {
  const s = new URLSearchParams(search);
  s.set('lang', lang);
  s.set('embed', mode === 'chart' ? 'chart' : '1');
  return `${origin}${pathname}${canonicalSearch(s)}`;
}

/** The iframe snippet for an article, as tall as the embed needs. Attribute values are escaped. */
export function embedSnippet(src: string, title: string, mode: EmbedMode = 'full'): string {
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${EMBED_HEIGHT[mode]}" style="border:0" loading="lazy"></iframe>`;
}

/** This page's origin, or "" where there is no window (prerendering at build). */
export function pageOrigin(): string {
  return typeof window === 'undefined' ? '' : window.location.origin;
}
