/**
 * The web font swaps in without moving text: before Inter arrives, text is set in a local face
 * scaled to Inter's metrics (src/font-fallback.css), so the page's blocks keep their size.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { fontsOf } from './fonts';
import { waitLive } from './pages';

/** Heights of the page's headings and paragraphs, in document order. */
async function blockHeights(page: Page) {
  return page
    .locator('main')
    .evaluate((main) =>
      [...main.querySelectorAll('h1, h2, p')].map((el) => el.getBoundingClientRect().height),
    );
}

async function textWidth(page: Page, family: string) {
  return page.evaluate(async (family) => {
    await document.fonts.ready;
    const span = document.createElement('span');
    span.textContent = 'Vietnam and Belarus signed 12 agreements in 2023; exports rose to 140 million USD.';
    span.style.cssText = `font: 16px ${family}; position: absolute; white-space: nowrap`;
    document.body.append(span);
    const w = span.getBoundingClientRect().width;
    span.remove();
    return w;
  }, family);
}

test('the fallback face sets a line within 3% of Inter, an unscaled local face does not', async ({
  page,
}) => {
  await page.goto('/about');
  const inter = await textWidth(page, "'Inter'");
  const fallback = await textWidth(page, "'Inter Fallback: Arial'");
  const plain = await textWidth(page, "'Liberation Sans', Arial");
  expect(Math.abs(fallback - inter) / inter).toBeLessThan(0.03);
  expect(Math.abs(plain - inter) / inter).toBeGreaterThan(0.04);
});

test('About keeps its text blocks the same height with and without the web font', async ({ browser }) => {
  const heights: number[][] = [];
  for (const blockFont of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    if (blockFont) await page.route('**/*.woff2', (route) => route.abort());
    await page.goto('/about');
    await waitLive(page);
    await page.evaluate(() => document.fonts.ready);
    heights.push(await blockHeights(page));
    await context.close();
  }
  const [withFont, without] = heights as [number[], number[]];
  expect(without).toHaveLength(withFont.length);
  expect(withFont.length).toBeGreaterThan(3);
  const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  // Line breaks may fall differently in a few paragraphs; the page's text height stays within 3%.
  expect(Math.abs(total(without) - total(withFont)) / total(withFont)).toBeLessThan(0.03);
});

/**
 * On a slow first visit the web font arrives after the page has painted: every language swaps to
 * Inter when it arrives (one family, `swap`), into the very page that painted, since the app
 * hydrates it; the metric-matched fallback keeps the swap from moving anything.
 */
for (const lang of ['en', 'vi', 'ru'] as const) {
  test(`a web font that arrives late: ${lang} swaps to Inter`, async ({ page }) => {
    let fontsServed = 0;
    await page.route('**/*.woff2', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
      fontsServed += 1;
    });
    await page.goto(lang === 'en' ? '/visits' : `/${lang}/visits`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await waitLive(page);
    await expect.poll(() => fontsServed, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.evaluate(() => document.fonts.ready);
    // A frame or two for a swap to be drawn.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))),
    );
    const fonts = await fontsOf(page, 'h1, .site-title');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^Inter( SemiBold)?, web font$/);
  });
}

test('an English page fetches only the Latin files of the web font; a Vietnamese one its own too', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.woff2')) fetched.push(new URL(r.url()).pathname);
  });
  for (const path of ['/about', '/trade']) {
    await page.goto(path);
    await waitLive(page);
    await page.evaluate(() => document.fonts.ready);
  }
  expect(fetched.some((f) => /inter-latin-400/.test(f))).toBe(true);
  // The menu of languages names Tiếng Việt and Русский; a select is sized by all its options.
  expect(fetched.filter((f) => /vietnamese|cyrillic/.test(f))).toEqual([]);

  await page.goto('/vi/about');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.evaluate(() => document.fonts.ready);
  expect(fetched.some((f) => /inter-vietnamese-400/.test(f))).toBe(true);
});
