import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { waitLive } from './pages';

const PATHS = { en: '/trade', vi: '/vi/trade', ru: '/ru/trade' } as const;

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The comparison chart, scrolled into view (it is drawn when reached) with its fonts loaded. */
async function comparison(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await waitLive(page);
  const box = page.locator('.trade-context');
  await box.scrollIntoViewIfNeeded();
  const svg = box.locator('.trade-context__chart svg').first();
  await expect(svg).toBeVisible();
  await expect(svg.locator('text').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  return svg;
}

/**
 * Every text of the SVG as drawn (its glyph boxes on screen), every mark (a bar, or a dot with
 * its guide line), the SVG's own box, and the box that clips it (its container).
 */
const measure = (svg: Locator) =>
  svg.evaluate((el) => {
    const rect = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    const texts = [...el.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => ({ text: t.textContent!, ...rect(t.getBoundingClientRect()) }));
    const marks = [...el.querySelectorAll('.context-chart__mark')].map((m, i) => ({
      text: `mark ${i + 1}`,
      ...rect(m.getBoundingClientRect()),
    }));
    return {
      svg: rect(el.getBoundingClientRect()),
      clip: rect(el.parentElement!.getBoundingClientRect()),
      viewport: window.innerWidth,
      texts,
      marks,
    };
  });

// Boxes are measured in fractional pixels; a shared edge is not an overlap.
const EPS = 0.5;
const overlap = (a: Box, b: Box) =>
  a.left < b.right - EPS && b.left < a.right - EPS && a.top < b.bottom - EPS && b.top < a.bottom - EPS;
const inside = (a: Box, b: Omit<Box, 'text'>) =>
  a.left >= b.left - EPS && a.right <= b.right + EPS && a.top >= b.top - EPS && a.bottom <= b.bottom + EPS;

/** "“Россия” overlaps “4,58 млрд”"-style findings: empty when every label is clear and whole. */
function problems(m: Awaited<ReturnType<typeof measure>>): string[] {
  const out: string[] = [];
  const within = {
    left: Math.max(m.svg.left, m.clip.left, 0),
    right: Math.min(m.svg.right, m.clip.right, m.viewport),
    top: Math.max(m.svg.top, m.clip.top),
    bottom: Math.min(m.svg.bottom, m.clip.bottom),
  };
  m.texts.forEach((a, i) => {
    if (!inside(a, within)) out.push(`“${a.text}” is cut by the chart's edge`);
    for (const b of m.texts.slice(i + 1)) if (overlap(a, b)) out.push(`“${a.text}” overlaps “${b.text}”`);
    for (const b of m.marks) if (overlap(a, b)) out.push(`“${a.text}” overlaps ${b.text}`);
  });
  return out;
}

for (const width of [360, 1280]) {
  test.describe(`the trade comparison at ${width} px`, () => {
    test.use({ viewport: { width, height: 780 } });

    for (const [lang, path] of Object.entries(PATHS)) {
      for (const cscale of ['log', 'linear'] as const) {
        test(`no label overlaps another or is cut (${lang}, ${cscale})`, async ({ page }) => {
          const svg = await comparison(page, cscale === 'log' ? path : `${path}?cscale=linear`);
          const m = await measure(svg);
          // Every row's words, value and source, and the axis: dozens of labels, all drawn.
          expect(m.texts.length).toBeGreaterThan(10);
          expect(m.marks.length).toBeGreaterThan(2);
          expect(problems(m)).toEqual([]);
        });
      }
      test(`no axis label of the lines over time overlaps another or is cut (${lang})`, async ({ page }) => {
        await page.goto(path);
        await waitLive(page);
        const charts = page.locator('.trade-context-lines__chart');
        await charts.first().scrollIntoViewIfNeeded();
        await expect(charts).toHaveCount(2);
        for (const chart of await charts.all()) {
          await chart.scrollIntoViewIfNeeded();
          const svg = chart.locator('svg.recharts-surface');
          await expect(svg.locator('text').first()).toBeVisible();
          await page.evaluate(() => document.fonts.ready);
          const m = await measure(svg);
          expect(m.texts.length).toBeGreaterThan(4);
          expect(problems(m)).toEqual([]);
        }
      });
    }
  });
}

test.describe('the trade comparison’s marks', () => {
  test('dots on the log scale, bars from zero on the linear one, one per row of the list', async ({
    page,
  }) => {
    const svg = await comparison(page, '/trade');
    const rows = await page.locator('.trade-context__a11y li').count();
    expect(rows).toBeGreaterThan(2);
    // Log (the default): dots, as a bar's length from the axis's floor would not be in
    // proportion to its value.
    await expect(svg.locator('.context-chart__dot')).toHaveCount(rows);
    await expect(svg.locator('.context-chart__bar')).toHaveCount(0);
    await expect(page.getByText(/^Log scale: .* each value is a dot/)).toBeVisible();

    const linear = page
      .locator('section[aria-labelledby="trade-context-title"]')
      .getByRole('radio', { name: 'Linear' });
    await linear.click();
    await expect(page).toHaveURL(/[?&]cscale=linear/);
    await expect(svg.locator('.context-chart__bar')).toHaveCount(rows);
    await expect(svg.locator('.context-chart__dot')).toHaveCount(0);
    // Every bar starts at the first gridline, and the axis reads zero there.
    const starts = await svg
      .locator('.context-chart__bar')
      .evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().left));
    const grid = await svg
      .locator('.context-chart__grid line')
      .first()
      .evaluate((l) => l.getBoundingClientRect().left);
    for (const x of starts) expect(Math.abs(x - grid)).toBeLessThan(1);
    const zero = await svg.locator('text', { hasText: /^\$0$/ }).evaluate((t) => t.getBoundingClientRect());
    expect(zero.left).toBeLessThanOrEqual(grid);
    expect(zero.right).toBeGreaterThanOrEqual(grid);
  });
});
