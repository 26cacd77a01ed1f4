/**
 * One prerendered page: Vite's built index.html made into a view in a language. Everything the
 * first paint needs is in the HTML (docs/first-paint.md): the head script that decides what
 * shows (allowed by its CSP hash), the language's font faces preloaded, the page's CSS inline, its
 * own title and link-preview tags, and the rendered view; the view's code and data are preloaded
 * at the end of the body.
 */
import type { Lang } from '../../src/lib/url/lang.ts';
import { FONT_WEIGHTS, LANG_SUBSETS } from '../generate/font-faces.ts';
import type { HeadScript } from './head-script.ts';

export interface PageParts {
  /** The page's URL path: `/vi/trade`. */
  url: string;
  lang: Lang;
  /** The rendered view (the inside of #root). */
  body: string;
  dataKeys: readonly string[];
  /** Title, description, canonical, alternates and preview tags (scripts/build/og-previews.ts). */
  head: string;
  /** The view's stylesheets not already in the template, as `<link>`s (inlined afterwards). */
  stylesheets: string;
  /** The view's code and data hints (page-preloads.ts). */
  preloads: string;
  headScript: HeadScript;
  /** The built web-font files, to pick the language's preloads from. */
  fontFiles: readonly string[];
}

/** The font files a language's pages preload: its subsets of Inter at each weight used. */
export function fontPreloads(lang: Lang, files: readonly string[]): string[] {
  return LANG_SUBSETS[lang].flatMap((subset) =>
    FONT_WEIGHTS.map((w) => {
      const file = files.find((f) => new RegExp(`^inter-${subset}-${w}-normal-.*\\.woff2$`).test(f));
      if (!file) throw new Error(`no built font file for ${subset} ${w}`);
      return file;
    }),
  );
}

/** Replaces exactly one occurrence of `find` in `html`, or throws: the template changed under us. */
function once(html: string, find: string | RegExp, replace: string): string {
  const count =
    typeof find === 'string'
      ? html.split(find).length - 1
      : (html.match(new RegExp(find.source, `${find.flags.replace('g', '')}g`)) ?? []).length;
  if (count !== 1) throw new Error(`page template: expected one ${String(find)}, found ${count}`);
  return html.replace(find, () => replace);
}

export function pageHtml(template: string, p: PageParts): string {
  const fonts = fontPreloads(p.lang, p.fontFiles)
    .map((f) => `<link rel="preload" href="/assets/${f}" as="font" type="font/woff2" crossorigin>`)
    .join('\n    ');
  let html = template;
  html = once(html, '<html lang="en">', `<html lang="${p.lang}" data-page="${p.url}">`);
  // First in the head, before any stylesheet: it runs before the body is parsed or painted.
  html = once(html, "script-src 'self'", `script-src 'self' ${p.headScript.hash}`);
  html = once(
    html,
    '<meta name="viewport"',
    `<script>${p.headScript.code}</script>\n    <meta name="viewport"`,
  );
  html = once(html, /\n\s*<meta\s+name="description"[^>]*\/?>/s, '');
  html = once(html, /<title>[^<]*<\/title>/, `${p.head}\n    ${fonts}`);
  html = once(html, '</head>', `${p.stylesheets}</head>`);
  html = once(html, '</body>', `${p.preloads}</body>`);
  html = once(
    html,
    '<div id="root"></div>',
    `<div id="root" data-prerendered="${p.url}" data-keys="${p.dataKeys.join(' ')}">${p.body}</div>`,
  );
  return html;
}
