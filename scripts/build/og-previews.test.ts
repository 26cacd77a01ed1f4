import { readDataset } from '../../data/load-dataset.ts';
import { countLabel, previewLocales } from './og-previews-locales.ts';
import {
  PREVIEW_HEIGHT,
  PREVIEW_ROUTES,
  PREVIEW_WIDTH,
  previewHead,
  renderPreview,
  withPreviewHead,
} from './og-previews.ts';
import { siteColors } from './preview-images/kit.ts';

const data = readDataset();

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
    expect(trade).toContain('<title>Trade between Vietnam and Belarus · Vietnam–Belarus Relations</title>');
    expect(trade).toContain('<link rel="alternate" hreflang="vi" href="https://vn-by.example.org/vi/trade">');
    expect(trade).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://vn-by.example.org/trade">',
    );
    for (const [i, route] of PREVIEW_ROUTES.entries()) {
      const name = route === '/' ? 'overview' : route.slice(1);
      expect(meta(heads[i]!, 'og:image')).toBe(`https://vn-by.example.org/previews/${name}-en.png`);
      expect(meta(heads[i]!, 'og:image:alt')).toMatch(new RegExp(`^${meta(heads[i]!, 'og:title')}: `));
    }
  });

  it('gives each language its own title, link, locale and image', () => {
    const vi = previewHead('/trade', data, 'https://x.org', 'vi');
    expect(meta(vi, 'og:url')).toBe('https://x.org/vi/trade');
    expect(meta(vi, 'og:image')).toBe('https://x.org/previews/trade-vi.png');
    expect(meta(vi, 'og:locale')).toBe('vi_VN');
    expect(meta(vi, 'og:title')).not.toBe(meta(previewHead('/trade', data, 'https://x.org'), 'og:title'));
    const ru = previewHead('/', data, '', 'ru');
    expect(ru).toContain('<link rel="canonical" href="/ru">');
    expect(meta(ru, 'og:image')).toBe('/previews/overview-ru.png');
    expect(ru).toMatch(/<title>[А-Яа-яЁё]/);
  });

  it('describes each view by the first sentence of its lede and escapes every value', () => {
    const head = previewHead('/partners', data, '');
    expect(meta(head, 'description')).toBe('Twinned and partner localities of Vietnam and Belarus.');
    for (const route of PREVIEW_ROUTES) {
      expect(meta(previewHead(route, data, ''), 'description')).toMatch(/^[^{]{40,}\.$/);
    }
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
    // The Overview's newest news figure is the data's, not a fixed picture.
    const news = data.trade.map((f) => ({ ...f, valueUsd: f.valueUsd + 1e6 }));
    const overview = await renderPreview('/', 'en', data);
    expect((await renderPreview('/', 'en', { ...data, trade: news })).equals(overview)).toBe(false);
  }, 30_000);
});

describe(siteColors.name, () => {
  it('takes the light theme’s colours from the stylesheet and stops on a missing one', () => {
    const css =
      ':root { --bg: #fff; --bg-soft: #eee; --fg: #111; --fg-muted: #555; --border: #ccc; --accent: #05a; --series-vn: #d55e00; --series-by: #0072b2; --series-3: #009e73; --error-border: #c00; } :root[data-theme=dark] { --bg: #000; }';
    expect(siteColors(css)).toMatchObject({ bg: '#fff', vn: '#d55e00', by: '#0072b2' });
    expect(() => siteColors(css.replace('--series-by: #0072b2;', ''))).toThrow(/series-by/);
  });

  it('takes the light one of a light-dark() pair', () => {
    const css =
      ':root { --bg: light-dark(#fff, #000); --bg-soft: #eee; --fg: #111; --fg-muted: #555; --border: #ccc; --accent: #05a; --series-vn: light-dark(#d55e00, #f08a4b); --series-by: #0072b2; --series-3: #009e73; --error-border: #c00; }';
    expect(siteColors(css)).toMatchObject({ bg: '#fff', vn: '#d55e00', by: '#0072b2' });
  });
});

describe('preview words', () => {
  it('agree with the count in Russian', () => {
    const { sources } = previewLocales.ru;
    expect([1, 3, 72, 121, 125].map((n) => countLabel('ru', sources, n))).toEqual([
      'источник',
      'источника',
      'источника',
      'источник',
      'источников',
    ]);
  });

  it('exist in every language', () => {
    const keys = Object.keys(previewLocales.en).sort();
    expect(Object.keys(previewLocales.vi).sort()).toEqual(keys);
    expect(Object.keys(previewLocales.ru).sort()).toEqual(keys);
  });
});
