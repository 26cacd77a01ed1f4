/**
 * Link previews, made at build from the real data: each prerendered route gets its own title,
 * description, canonical link, Open Graph and Twitter tags (`previewHead`), and a 1200 × 630 PNG per
 * language (`writePreviewImages` → `<outDir>/previews/<route>-<lang>.png`); each page in each language
 * names its own image and its other languages (`hreflang`).
 *
 * The images are laid out with satori (HTML-like boxes → SVG, text as paths in the site's own font,
 * Inter, with its Latin, Vietnamese and Cyrillic faces) and drawn with resvg, so no browser is needed
 * at build; each view's picture is in `preview-images/`, drawn from the data it is given.
 *
 * Absolute URLs (which chat apps require for `og:image`) need the deployed origin: `SITE_URL` at
 * build, e.g. `SITE_URL=https://example.org npm run build`. Without it the tags use root-relative
 * URLs and the build says so.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Dataset } from '../../data/schema.ts';
import { VIEWS, type ViewKey, type ViewPath } from '../../src/app/views.ts';
import { locales as aboutLocales } from '../../src/features/about/locales.ts';
import { locales as overviewLocales } from '../../src/features/overview/locales.ts';
import { locales as partnersLocales } from '../../src/features/partners/locales.ts';
import { locales as sourcesLocales } from '../../src/features/sources/locales.ts';
import { locales as tradeLocales } from '../../src/features/trade/locales.ts';
import { locales as visitsLocales } from '../../src/features/visits/locales.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { langPath, type Lang } from '../../src/lib/url/lang.ts';
import { previewLocales } from './og-previews-locales.ts';
import { COMMON, frame, loadFonts, PREVIEW_HEIGHT, PREVIEW_WIDTH, type Node } from './preview-images/kit.ts';
import { overviewPicture } from './preview-images/overview.ts';
import { aboutPicture, partnersPicture, sourcesPicture, visitsPicture } from './preview-images/records.ts';
import { tradePicture } from './preview-images/trade.ts';

export { PREVIEW_HEIGHT, PREVIEW_WIDTH };
export const PREVIEW_LANGS: Lang[] = ['en', 'vi', 'ru'];
const WORDS = previewLocales;
/** Each view's strings, by its key in the table of views (src/app/views.ts). */
const LOCALES: Record<ViewKey, unknown> = {
  overview: overviewLocales,
  trade: tradeLocales,
  visits: visitsLocales,
  partners: partnersLocales,
  sources: sourcesLocales,
  about: aboutLocales,
};
export type PreviewRoute = ViewPath;
export const PREVIEW_ROUTES: PreviewRoute[] = VIEWS.map((v) => v.path);

/** `/` → `overview`, `/trade` → `trade`: the image's file name stem (the view's key). */
export function previewName(route: PreviewRoute): ViewKey {
  return VIEWS.find((v) => v.path === route)!.key;
}

/**
 * A view's title and the first sentence of its lede, the page's description: the rest of a lede
 * speaks of the page's controls ("the years above", "the end year of the filter"), which a link
 * preview does not have.
 */
function viewTexts(route: PreviewRoute, lang: Lang): { title: string; lede: string } {
  const texts = (LOCALES[previewName(route)] as Record<Lang, { title: string; lede: string }>)[lang];
  return { title: texts.title, lede: texts.lede.split(/(?<=\.)\s/)[0]! };
}

const escapeAttr = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const OG_LOCALE: Record<Lang, string> = { en: 'en_GB', vi: 'vi_VN', ru: 'ru_RU' };

/**
 * The `<head>` tags of a route's prerendered page in a language: title, description, canonical
 * link, its other languages, Open Graph and Twitter. `siteUrl` is the deployed origin, or '' for
 * root-relative URLs.
 */
export function previewHead(route: PreviewRoute, data: Dataset, siteUrl: string, lang: Lang = 'en'): string {
  const site = COMMON[lang].appName;
  const { title, lede } = viewTexts(route, lang);
  const pageTitle = `${title} · ${site}`;
  const origin = siteUrl.replace(/\/$/, '');
  const url = `${origin}${langPath(lang, route)}`;
  const image = `${origin}/previews/${previewName(route)}-${lang}.png`;
  const alt = imageAlt(route, lang, data);
  const tags: [string, string, string][] = [
    ['name', 'description', lede],
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', site],
    ['property', 'og:title', title],
    ['property', 'og:description', lede],
    ['property', 'og:url', url],
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(PREVIEW_WIDTH)],
    ['property', 'og:image:height', String(PREVIEW_HEIGHT)],
    ['property', 'og:image:alt', alt],
    ['property', 'og:locale', OG_LOCALE[lang]],
    ...PREVIEW_LANGS.filter((l) => l !== lang).map((l): [string, string, string] => [
      'property',
      'og:locale:alternate',
      OG_LOCALE[l],
    ]),
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', lede],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', alt],
  ];
  return [
    `<title>${escapeAttr(pageTitle)}</title>`,
    `<link rel="canonical" href="${escapeAttr(url)}">`,
    ...PREVIEW_LANGS.map(
      (l) => `<link rel="alternate" hreflang="${l}" href="${escapeAttr(`${origin}${langPath(l, route)}`)}">`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeAttr(`${origin}${route}`)}">`,
    ...tags.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escapeAttr(value)}">`),
  ].join('\n    ');
}

/** Replaces the template's generic title and description with the route's own tags, in place. */
export function withPreviewHead(html: string, head: string): string {
  return html
    .replace(/\n\s*<meta\s+name="description"[^>]*\/?>/s, '')
    .replace(/<title>[^<]*<\/title>/, () => head);
}

// ---- the images ----------------------------------------------------------------------------

/** What each image shows, in words, for its alt text. */
function imageAlt(route: PreviewRoute, lang: Lang, data: Dataset): string {
  const t = WORDS[lang];
  const { title } = viewTexts(route, lang);
  const body: Record<PreviewRoute, string> = {
    '/': t.altOverview,
    '/trade': t.altTrade,
    '/visits': t.altVisits.replace('{{count}}', formatNumber(data.events.length, lang)),
    '/partners': t.altPartners.replace('{{count}}', formatNumber(data.partnerships.length, lang)),
    '/sources': t.altSources.replace('{{count}}', formatNumber(data.sources.length, lang)),
    '/about': t.altAbout,
  };
  return `${title}: ${body[route]}`;
}

/** The picture of a route in a language inside the shared frame (name, title, source line). */
function previewTree(route: PreviewRoute, lang: Lang, data: Dataset): Node {
  const t = WORDS[lang];
  const { title } = viewTexts(route, lang);
  const [body, source] = ((): [Node, string] => {
    switch (route) {
      case '/':
        return [overviewPicture(data, lang), t.sourceOverview];
      case '/trade':
        return [tradePicture(data, lang), t.sourceImf];
      case '/visits':
        return [visitsPicture(data, lang), t.sourceRecords];
      case '/partners':
        return [partnersPicture(data, lang), t.sourceRecords];
      case '/sources':
        return [sourcesPicture(data, lang), t.sourceRecords];
      case '/about':
        return [aboutPicture(lang), t.sourceOverview];
    }
  })();
  return frame(lang, title, body, source);
}

/** One preview as PNG bytes. */
export async function renderPreview(
  route: PreviewRoute,
  lang: Lang,
  data: Dataset,
  fonts = loadFonts(),
): Promise<Buffer> {
  const svg = await satori(previewTree(route, lang, data) as unknown as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts,
  });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Every route's preview in every language, into `<outDir>/previews/`. */
export async function writePreviewImages(outDir: string, data: Dataset): Promise<number> {
  const dir = join(outDir, 'previews');
  mkdirSync(dir, { recursive: true });
  const fonts = loadFonts();
  let n = 0;
  for (const route of PREVIEW_ROUTES) {
    for (const lang of PREVIEW_LANGS) {
      writeFileSync(
        join(dir, `${previewName(route)}-${lang}.png`),
        await renderPreview(route, lang, data, fonts),
      );
      n++;
    }
  }
  return n;
}
