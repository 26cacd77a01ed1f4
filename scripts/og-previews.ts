/**
 * Link previews, made at build from the real data: each prerendered route gets its own title,
 * description, canonical link, Open Graph and Twitter tags (`previewHead`), and a 1200 × 630 PNG per
 * language (`writePreviewImages` → `<outDir>/previews/<route>-<lang>.png`).
 *
 * The images are laid out with satori (HTML-like boxes → SVG, text as paths in the site's own font,
 * Inter, with its Latin, Vietnamese and Cyrillic faces) and drawn with resvg, so no browser is needed
 * at build. The prerendered page is English, so its tags name the English image; the Vietnamese and
 * Russian images are made beside it for pages a host serves per language.
 *
 * Absolute URLs (which chat apps require for `og:image`) need the deployed origin: `SITE_URL` at
 * build, e.g. `SITE_URL=https://example.org npm run build`. Without it the tags use root-relative
 * URLs and the build says so.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Dataset } from '../data/schema.ts';
import { locales as aboutLocales } from '../src/features/about/locales.ts';
import { locales as overviewLocales } from '../src/features/overview/locales.ts';
import { locales as partnersLocales } from '../src/features/partners/locales.ts';
import { locales as sourcesLocales } from '../src/features/sources/locales.ts';
import { locales as tradeLocales } from '../src/features/trade/locales.ts';
import { locales as visitsLocales } from '../src/features/visits/locales.ts';
import en from '../src/i18n/en.json' with { type: 'json' };
import ru from '../src/i18n/ru.json' with { type: 'json' };
import vi from '../src/i18n/vi.json' with { type: 'json' };
import { localText } from '../src/lib/local-text.ts';
import { previewLocales } from './og-previews-locales.ts';
import { officialFlowPairs, officialTotals } from '../src/lib/official-totals.ts';
import { formatNumber, formatUsd } from '../src/lib/format.ts';
import type { Lang } from '../src/lib/url/lang.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
export const PREVIEW_LANGS: Lang[] = ['en', 'vi', 'ru'];
const PAD_X = 56;
const PAD_TOP = 36;
const PAD_BOTTOM = 30;

const COMMON = { en, vi, ru } as const;
const WORDS = previewLocales;
const VIEWS = {
  '/': overviewLocales,
  '/trade': tradeLocales,
  '/visits': visitsLocales,
  '/partners': partnersLocales,
  '/sources': sourcesLocales,
  '/about': aboutLocales,
} as const;
export type PreviewRoute = keyof typeof VIEWS;
export const PREVIEW_ROUTES = Object.keys(VIEWS) as PreviewRoute[];

/** The site's light palette (src/styles.css): text, muted text, border, and each side's colour. */
const COLOR = {
  bg: '#ffffff',
  soft: '#f5f6f8',
  fg: '#1b1e23',
  muted: '#5a616b',
  border: '#d5d9df',
  accent: '#0058a3',
  vn: '#d55e00',
  by: '#0072b2',
  other: '#009e73',
};

/** `/` → `overview`, `/trade` → `trade`: the image's file name stem. */
export function previewName(route: PreviewRoute): string {
  return route === '/' ? 'overview' : route.slice(1);
}

interface ViewTexts {
  title: string;
  lede: string;
}

/** A view's title and lede in a language, with the lede's `{{to}}` filled from the data. */
function viewTexts(route: PreviewRoute, lang: Lang, maxYear: number): ViewTexts {
  const texts = (VIEWS[route] as unknown as Record<Lang, ViewTexts>)[lang];
  return { title: texts.title, lede: texts.lede.replace('{{to}}', String(maxYear)) };
}

/** The newest year any record reaches (the partner lede's "end year of the filter"). */
function maxYear(data: Dataset): number {
  const years = [
    ...data.events.map((e) => Number((e.date.end ?? e.date.start).slice(0, 4))),
    ...data.official.map((o) => o.year),
  ];
  return Math.max(...years);
}

const escapeAttr = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `<head>` tags of a route's prerendered (English) page: title, description, canonical link,
 * Open Graph and Twitter. `siteUrl` is the deployed origin, or '' for root-relative URLs.
 */
export function previewHead(route: PreviewRoute, data: Dataset, siteUrl: string): string {
  const lang: Lang = 'en';
  const site = COMMON[lang].appName;
  const { title, lede } = viewTexts(route, lang, maxYear(data));
  const pageTitle = route === '/' ? `${site} · ${title}` : `${title} · ${site}`;
  const origin = siteUrl.replace(/\/$/, '');
  const url = `${origin}${route}`;
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
    ['property', 'og:locale', 'en_GB'],
    ['property', 'og:locale:alternate', 'vi_VN'],
    ['property', 'og:locale:alternate', 'ru_RU'],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', lede],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', alt],
  ];
  return [
    `<title>${escapeAttr(pageTitle)}</title>`,
    `<link rel="canonical" href="${escapeAttr(url)}">`,
    ...tags.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escapeAttr(value)}">`),
  ].join('\n    ');
}

/** Replaces the template's generic title and description with the route's own tags. */
export function withPreviewHead(html: string, head: string): string {
  return html
    .replace(/<title>[^<]*<\/title>/, '')
    .replace(/<meta\s+name="description"[^>]*\/?>/s, '')
    .replace('</head>', `    ${head}\n  </head>`);
}

// ---- the images ----------------------------------------------------------------------------

type Node = { type: string; props: Record<string, unknown> };
type Child = Node | string | null | false;

/** A satori element (satori reads React-like objects; JSX is not needed for a build script). */
function h(type: string, style: Record<string, unknown>, ...children: Child[]): Node {
  const kids = children.filter((c): c is Node | string => c !== null && c !== false);
  return { type, props: { style: { display: 'flex', ...style }, children: kids } };
}

const require = createRequire(import.meta.url);

/** Each subset is its own family, listed in `FONT_FAMILY` order: a glyph missing from one face
 * (ệ, ж) is taken from the next. */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'cyrillic'] as const;
const FONT_FAMILY = SUBSETS.map((s) => `'Inter ${s}'`).join(', ');

/** Inter's Latin, Latin-ext, Vietnamese and Cyrillic faces at 400 and 700 (satori reads WOFF). */
function loadFonts() {
  const faces: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] = [];
  for (const subset of SUBSETS) {
    for (const weight of [400, 700] as const) {
      const file = require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`);
      faces.push({ name: `Inter ${subset}`, data: readFileSync(file), weight, style: 'normal' });
    }
  }
  return faces;
}

/** What each image says in its alt text (and what its picture shows), in words. */
function imageAlt(route: PreviewRoute, lang: Lang, data: Dataset): string {
  const t = WORDS[lang];
  const { title } = viewTexts(route, lang, maxYear(data));
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

/** One big figure and what it counts, e.g. "101" / "visits, meetings and agreements". */
function stat(value: string, label: string, color = COLOR.fg): Node {
  return h(
    'div',
    {
      flexDirection: 'column',
      padding: '20px 28px',
      background: COLOR.soft,
      borderRadius: 12,
      flex: 1,
      minWidth: 0,
    },
    h('div', { fontSize: 52, fontWeight: 700, color }, value),
    h('div', { fontSize: 26, color: COLOR.muted }, label),
  );
}

/** Each side's official total by year as pairs of bars (the two sides' own reports, IMF DOTS); a
 * total resting on a cell the IMF flags as uncertain carries a "?", as on the site's chart. */
function tradeBars(data: Dataset, lang: Lang): Node {
  const t = WORDS[lang];
  const by = officialTotals(data.official, 'BY', 'VN');
  const vn = officialTotals(data.official, 'VN', 'BY');
  const doubtful = (reporter: 'VN' | 'BY', partner: 'VN' | 'BY') => {
    const years = new Set<number>();
    for (const [year, pair] of officialFlowPairs(data.official, reporter, partner)) {
      if (pair.exports?.flags.uncertain || pair.imports?.flags.uncertain) years.add(year);
    }
    return years;
  };
  const vnDoubtful = doubtful('VN', 'BY');
  const byDoubtful = doubtful('BY', 'VN');
  const years = [...new Set([...by.keys(), ...vn.keys()])].sort((a, b) => a - b);
  const max = Math.max(...by.values(), ...vn.values());
  const bar = (v: number | undefined, color: string, unsure: boolean) =>
    h(
      'div',
      { flexDirection: 'column', alignItems: 'center', width: 12 },
      unsure && v !== undefined ? h('div', { fontSize: 20, fontWeight: 700, color: '#c9372c' }, '?') : null,
      h('div', {
        width: 12,
        height: v === undefined ? 0 : Math.max(2, Math.round((v / max) * 200)),
        background: color,
      }),
    );
  const anyDoubt = vnDoubtful.size + byDoubtful.size > 0;
  return h(
    'div',
    { flexDirection: 'column', flex: 1, marginTop: 8 },
    h(
      'div',
      { gap: 28, fontSize: 24, color: COLOR.fg, marginBottom: 8 },
      h(
        'div',
        { alignItems: 'center', gap: 8 },
        h('div', { width: 18, height: 18, background: COLOR.vn }),
        t.vnReports,
      ),
      h(
        'div',
        { alignItems: 'center', gap: 8 },
        h('div', { width: 18, height: 18, background: COLOR.by }),
        t.byReports,
      ),
      anyDoubt ? h('div', { color: COLOR.muted }, t.doubtful) : null,
    ),
    h(
      'div',
      { alignItems: 'flex-end', height: 230, borderBottom: `2px solid ${COLOR.muted}` },
      ...years.map((y) =>
        h(
          'div',
          { flex: 1, justifyContent: 'center', alignItems: 'flex-end', gap: 1 },
          bar(vn.get(y), COLOR.vn, vnDoubtful.has(y)),
          bar(by.get(y), COLOR.by, byDoubtful.has(y)),
        ),
      ),
    ),
    h(
      'div',
      { justifyContent: 'space-between', fontSize: 22, color: COLOR.muted, marginTop: 6 },
      h('div', {}, String(years[0])),
      h('div', {}, String(years.at(-1))),
    ),
  );
}

/** Events per year as a strip of bars, from the first year to the last. */
function visitsStrip(data: Dataset): Node {
  const perYear = new Map<number, number>();
  for (const e of data.events) {
    const y = Number(e.date.start.slice(0, 4));
    perYear.set(y, (perYear.get(y) ?? 0) + 1);
  }
  const first = Math.min(...perYear.keys());
  const last = Math.max(...perYear.keys());
  const max = Math.max(...perYear.values());
  const bars: Node[] = [];
  for (let y = first; y <= last; y++) {
    const n = perYear.get(y) ?? 0;
    bars.push(
      h('div', {
        width: 9,
        height: n ? Math.max(4, Math.round((n / max) * 170)) : 0,
        background: COLOR.other,
      }),
    );
  }
  return h(
    'div',
    { flexDirection: 'column' },
    h(
      'div',
      { alignItems: 'flex-end', gap: 5, height: 175, borderBottom: `2px solid ${COLOR.muted}` },
      ...bars,
    ),
    h(
      'div',
      { justifyContent: 'space-between', fontSize: 22, color: COLOR.muted, marginTop: 6 },
      h('div', {}, String(first)),
      h('div', {}, String(last)),
    ),
  );
}

/** Up to six pairs as "Hà Nội — Minsk" lines. */
function pairList(data: Dataset, lang: Lang): Node {
  const places = new Map(data.places.map((p) => [p.id, p]));
  const name = (id: string) => (places.has(id) ? localText(places.get(id)!.names, lang) : id);
  const lines = data.partnerships
    .slice(0, 6)
    .map((p) => h('div', { fontSize: 28, color: COLOR.fg }, `${name(p.vnPlaceId)} — ${name(p.byPlaceId)}`));
  return h('div', { flexDirection: 'column', gap: 6, flex: 1 }, ...lines);
}

/** The picture of a route in a language; every image ends with the site's name and a source line. */
function previewTree(route: PreviewRoute, lang: Lang, data: Dataset): Node {
  const t = WORDS[lang];
  const { title } = viewTexts(route, lang, maxYear(data));
  const publishers = new Set(data.sources.map((s) => s.publisher)).size;
  const official = officialTotals(data.official, 'BY', 'VN');
  const lastOfficial = Math.max(...official.keys());
  let body: Node;
  let source: string = t.sourceData;
  switch (route) {
    case '/trade':
      body = tradeBars(data, lang);
      source = t.sourceImf;
      break;
    case '/visits':
      body = h(
        'div',
        { flexDirection: 'column', gap: 16, flex: 1 },
        h(
          'div',
          { fontSize: 34, color: COLOR.fg },
          t.visitsCount.replace('{{count}}', formatNumber(data.events.length, lang)),
        ),
        visitsStrip(data),
      );
      break;
    case '/partners':
      body = h(
        'div',
        { gap: 32, alignItems: 'flex-start', marginTop: 20 },
        stat(formatNumber(data.partnerships.length, lang), t.pairs, COLOR.vn),
        pairList(data, lang),
      );
      break;
    case '/sources':
      body = h(
        'div',
        { gap: 24 },
        stat(formatNumber(data.sources.length, lang), t.sources, COLOR.accent),
        stat(formatNumber(publishers, lang), t.publishers),
      );
      break;
    case '/about':
      body = h('div', { fontSize: 32, color: COLOR.fg, lineHeight: 1.35 }, viewTexts(route, lang, 0).lede);
      break;
    default:
      body = h(
        'div',
        { gap: 24 },
        stat(formatNumber(data.events.length, lang), t.events),
        stat(formatNumber(data.partnerships.length, lang), t.pairs),
        stat(
          formatUsd(official.get(lastOfficial)!, lang),
          t.officialTotal.replace('{{year}}', String(lastOfficial)),
          COLOR.by,
        ),
      );
  }
  return h(
    'div',
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      background: COLOR.bg,
      fontFamily: FONT_FAMILY,
      borderTop: `14px solid ${COLOR.accent}`,
    },
    h(
      'div',
      {
        // satori sizes boxes without their padding, so the inner box is given its size outright.
        width: PREVIEW_WIDTH - 2 * PAD_X,
        height: PREVIEW_HEIGHT - 14 - PAD_TOP - PAD_BOTTOM,
        margin: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px`,
        flexDirection: 'column',
        justifyContent: 'space-between',
      },
      h(
        'div',
        { flexDirection: 'column', gap: 6 },
        h('div', { fontSize: 26, color: COLOR.accent, fontWeight: 700 }, `VN · BY  ${COMMON[lang].appName}`),
        h('div', { fontSize: 52, fontWeight: 700, color: COLOR.fg, lineHeight: 1.1 }, title),
      ),
      body,
      h(
        'div',
        { fontSize: 20, color: COLOR.muted, borderTop: `1px solid ${COLOR.border}`, paddingTop: 10 },
        source,
      ),
    ),
  );
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
