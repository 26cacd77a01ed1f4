/**
 * What every link-preview image shares: the site's colours (read from src/styles.css), the site's
 * font (Inter), satori's element helper, the frame (dashboard's name, title, source line) and a
 * figure card.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import en from '../../../src/i18n/en.json' with { type: 'json' };
import ru from '../../../src/i18n/ru.json' with { type: 'json' };
import vi from '../../../src/i18n/vi.json' with { type: 'json' };
import type { Lang } from '../../../src/lib/url/lang.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
const PAD_X = 56;
const PAD_TOP = 34;
const PAD_BOTTOM = 26;
const TOP_BAR = 12;
/** The width inside the frame's side margins. */
export const INNER_WIDTH = PREVIEW_WIDTH - 2 * PAD_X;

export const COMMON = { en, vi, ru } as const;
const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * The light theme's colours, read from the site's own stylesheet so the previews follow it. The
 * series colours there are Okabe–Ito (safe for the common colour-vision deficiencies); a missing
 * variable stops the build rather than drawing in a guessed colour.
 */
export function siteColors(css = readFileSync(join(HERE, '../../../src/styles.css'), 'utf8')) {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const v = (name: string) => {
    // A colour alone, or the light one of `light-dark(light, dark)`.
    const value = new RegExp(`--${name}:\\s*(?:light-dark\\(\\s*)?(#[0-9a-fA-F]{3,8})`).exec(root)?.[1];
    if (!value) throw new Error(`src/styles.css has no colour --${name} in :root`);
    return value;
  };
  return {
    bg: v('bg'),
    soft: v('bg-soft'),
    fg: v('fg'),
    muted: v('fg-muted'),
    border: v('border'),
    accent: v('accent'),
    vn: v('series-vn'),
    by: v('series-by'),
    green: v('series-3'),
    warn: v('error-border'),
  };
}
export const COLOR = siteColors();

export type Node = { type: string; props: Record<string, unknown> };
type Child = Node | string | null | false | undefined;

/** A satori element (satori reads React-like objects, so a build script needs no JSX). */
export function h(type: string, style: Record<string, unknown>, ...children: Child[]): Node {
  const kids = children.filter((c): c is Node | string => c !== null && c !== false && c !== undefined);
  return { type, props: { style: { display: 'flex', ...style }, children: kids } };
}

/** An SVG drawing as an image box (satori would otherwise need every SVG attribute as a prop). */
export function svgImage(svg: string, width: number, height: number, style: Record<string, unknown> = {}) {
  return {
    type: 'img',
    props: {
      src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      width,
      height,
      style: { display: 'flex', ...style },
    },
  } satisfies Node;
}

const require = createRequire(import.meta.url);

/** Each subset is its own family, tried in this order: a glyph missing from one face (ệ, ж) is
 * taken from the next. */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'cyrillic'] as const;
const FONT_FAMILY = SUBSETS.map((s) => `'Inter ${s}'`).join(', ');

export type Fonts = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];

/** Inter's Latin, Latin-ext, Vietnamese and Cyrillic faces at 400 and 700 (satori reads WOFF, not
 * WOFF2). */
export function loadFonts(): Fonts {
  const faces: Fonts = [];
  for (const subset of SUBSETS) {
    for (const weight of [400, 700] as const) {
      const file = require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`);
      faces.push({ name: `Inter ${subset}`, data: readFileSync(file), weight, style: 'normal' });
    }
  }
  return faces;
}

/** A figure and what it is, e.g. "101" / "events on the timeline". */
export function stat(value: string, label: string, color = COLOR.fg, valueSize = 52): Node {
  return h(
    'div',
    {
      flexDirection: 'column',
      padding: '18px 26px',
      background: COLOR.soft,
      borderRadius: 12,
      flex: 1,
      minWidth: 0,
    },
    h('div', { fontSize: valueSize, fontWeight: 700, color }, value),
    h('div', { fontSize: 25, color: COLOR.muted, lineHeight: 1.25 }, label),
  );
}

/** Vietnam's and Belarus's colours side by side: the dashboard's mark beside its name. */
const mark = () =>
  h(
    'div',
    { gap: 4 },
    h('div', { width: 14, height: 26, background: COLOR.vn }),
    h('div', { width: 14, height: 26, background: COLOR.by }),
  );

/** Every image: the dashboard's name, the view's title, its picture and a source line. */
export function frame(lang: Lang, title: string, body: Node, source: string): Node {
  return h(
    'div',
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      background: COLOR.bg,
      fontFamily: FONT_FAMILY,
      borderTop: `${TOP_BAR}px solid ${COLOR.accent}`,
    },
    h(
      'div',
      {
        // satori sizes boxes without their padding, so the inner box is given its size outright.
        width: INNER_WIDTH,
        height: PREVIEW_HEIGHT - TOP_BAR - PAD_TOP - PAD_BOTTOM,
        margin: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px`,
        flexDirection: 'column',
        justifyContent: 'space-between',
      },
      h(
        'div',
        { flexDirection: 'column', gap: 4 },
        h(
          'div',
          { fontSize: 26, color: COLOR.accent, fontWeight: 700, alignItems: 'center', gap: 12 },
          mark(),
          COMMON[lang].appName,
        ),
        h('div', { fontSize: 50, fontWeight: 700, color: COLOR.fg, lineHeight: 1.15 }, title),
      ),
      body,
      h(
        'div',
        {
          fontSize: 21,
          color: COLOR.muted,
          borderTop: `1px solid ${COLOR.border}`,
          paddingTop: 8,
          lineHeight: 1.3,
        },
        source,
      ),
    ),
  );
}
