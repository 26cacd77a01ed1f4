import { readDatasetFiles } from '../data/load-dataset.ts';
import type { Dataset } from '../data/schema.ts';
import { previewLocales } from './og-previews-locales.ts';
import {
  PREVIEW_HEIGHT,
  PREVIEW_ROUTES,
  PREVIEW_WIDTH,
  previewHead,
  renderPreview,
  withPreviewHead,
} from './og-previews.ts';

const { files } = readDatasetFiles();
const data = Object.fromEntries(
  Object.entries(files).map(([name, records]) => [name.replace(/\.json$/, ''), records]),
) as unknown as Dataset;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const meta = (head: string, key: string) =>
  head.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`))?.[1];

describe(previewHead.name, () => {
  it('gives every route its own title, description and image, with absolute URLs from SITE_URL', () => {
    const heads = PREVIEW_ROUTES.map((r) => previewHead(r, data, 'https://vn-by.example.org/'));
    expect(new Set(heads.map((h) => meta(h, 'og:title'))).size).toBe(PREVIEW_ROUTES.length);
    expect(new Set(heads.map((h) => meta(h, 'og:description'))).size).toBe(PREVIEW_ROUTES.length);
    const trade = heads[PREVIEW_ROUTES.indexOf('/trade')]!;
    expect(meta(trade, 'og:title')).toBe('Trade between Vietnam and Belarus');
    expect(meta(trade, 'og:url')).toBe('https://vn-by.example.org/trade');
    expect(meta(trade, 'og:image')).toBe('https://vn-by.example.org/previews/trade-en.png');
    expect(meta(trade, 'twitter:card')).toBe('summary_large_image');
    expect(meta(trade, 'twitter:image')).toBe(meta(trade, 'og:image'));
    expect(trade).toContain('<link rel="canonical" href="https://vn-by.example.org/trade">');
  });

  it('fills the partner lede’s end year from the data and escapes every value', () => {
    const head = previewHead('/partners', data, '');
    expect(meta(head, 'description')).not.toContain('{{');
    expect(meta(head, 'og:image')).toBe('/previews/partners-en.png');
    // Apostrophes and quotes in texts cannot end an attribute.
    const hostile = previewHead('/', data, 'https://x.org/"><script>');
    expect(hostile).not.toContain('"><script>');
    expect(hostile).toContain('&quot;&gt;&lt;script&gt;');
  });
});

describe(withPreviewHead.name, () => {
  it('replaces the template’s generic title and description instead of adding a second one', () => {
    const template =
      '<head>\n<meta charset="UTF-8" />\n<meta\n  name="description"\n  content="Generic."\n/>\n<title>Generic</title>\n</head>';
    const html = withPreviewHead(template, previewHead('/visits', data, ''));
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).not.toContain('Generic');
  });
});

describe(renderPreview.name, () => {
  it('draws a 1200 × 630 PNG for every route', async () => {
    for (const route of PREVIEW_ROUTES) {
      expect(pngSize(await renderPreview(route, 'vi', data))).toEqual({
        width: PREVIEW_WIDTH,
        height: PREVIEW_HEIGHT,
      });
    }
  }, 30_000);

  it('is drawn from the data: other figures give another image, the same data the same bytes', async () => {
    const trade = await renderPreview('/trade', 'en', data);
    expect((await renderPreview('/trade', 'en', data)).equals(trade)).toBe(true);
    const halved = { ...data, official: data.official.map((o) => ({ ...o, valueUsd: o.valueUsd / 2 })) };
    const changed = await renderPreview('/trade', 'en', {
      ...halved,
      official: halved.official.filter((o) => o.year !== 2011),
    });
    expect(changed.equals(trade)).toBe(false);
    const fewer = await renderPreview('/visits', 'en', { ...data, events: data.events.slice(1) });
    expect(fewer.equals(await renderPreview('/visits', 'en', data))).toBe(false);
  }, 30_000);
});

describe('preview words', () => {
  it('exist in every language', () => {
    const keys = Object.keys(previewLocales.en).sort();
    expect(Object.keys(previewLocales.vi).sort()).toEqual(keys);
    expect(Object.keys(previewLocales.ru).sort()).toEqual(keys);
  });
});
