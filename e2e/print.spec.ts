import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

/** An A4 page's text width at 96 px to the inch: 210 mm less the two 12 mm side margins. */
const TEXT_WIDTH = 703;

/**
 * What the browser does when the reader prints: `beforeprint`, then layout in print media at the
 * page's text width.
 */
async function printLayout(page: Page) {
  // A reader prints a view once it has drawn (its heading, and its data or the chart).
  await page.locator('main h1').first().waitFor();
  await page.locator('main .skeleton').first().waitFor({ state: 'detached' });
  await page.setViewportSize({ width: TEXT_WIDTH, height: 1000 });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
}

/** Elements drawn past the page's text width (a cut chart or table), as "tag.class" names. */
async function overflowing(page: Page) {
  return page.evaluate((limit) => {
    const main = document.querySelector('main')!;
    return (
      [...main.querySelectorAll('svg, table, figure, .chart-box, img')]
        // What screen readers alone get (clipped to nothing) prints nothing either.
        .filter((el) => !el.closest('.visually-hidden'))
        .filter((el) => el.getBoundingClientRect().right > limit + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`)
    );
  }, TEXT_WIDTH);
}

test.describe('print on A4 portrait', () => {
  for (const route of ['/', '/trade?from=2005&to=2024', '/visits', '/partners', '/sources', '/about']) {
    test(`${route} prints whole: nothing past the page, years at the top, link and date at the foot`, async ({
      page,
    }) => {
      await page.goto(route);
      await printLayout(page);
      expect(await overflowing(page)).toEqual([]);
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.print-header')).toBeVisible();
      await expect(page.locator('.print-header')).toContainText(/Years \d{4}–\d{4}/);
      const footer = await page.locator('style[data-print-footer]').textContent();
      const path = route.split('?')[0]!;
      expect(footer).toContain(`@bottom-left`);
      expect(footer).toMatch(new RegExp(`http://127\\.0\\.0\\.1:\\d+${path.replace('/', '\\/')}[? ]`));
      expect(footer).toMatch(/printed \d{1,2} \w{3} \d{4}/);
      // Nothing prints as a grey placeholder.
      await expect(page.locator('main .skeleton')).toHaveCount(0);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.length).toBeGreaterThan(10_000);
    });
  }

  test('Trade prints its below-the-fold charts, its choices in words, and the table with every source', async ({
    page,
  }) => {
    await page.goto('/trade?from=2005&to=2024&flow=exports&scale=log');
    await page.locator('svg.trade-chart__svg').waitFor();
    await printLayout(page);
    const filters = page.locator('.print-filters');
    await expect(filters).toBeVisible();
    await expect(filters).toContainText('What to showVietnam’s exports');
    await expect(filters).toContainText('ScaleLog');
    // Sections that load when reached are drawn for paper (not empty blocks).
    await expect(page.locator('.trade-context-lines svg').first()).toBeVisible();
    // The chart is redrawn at the page's width, and the table under it names the sources.
    const width = await page.locator('svg.trade-chart__svg').getAttribute('width');
    expect(Number(width)).toBeLessThanOrEqual(TEXT_WIDTH);
    await expect(page.locator('.trade-table')).toBeVisible();
    await expect(page.locator('.trade-table tbody tr').first()).toBeVisible();
  });

  for (const width of [1280, 360]) {
    test(`Trade in Vietnamese prints whole in at most 8 A4 pages, from a ${width} px screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/vi/trade');
      await page.locator('svg.trade-chart__svg').waitFor();
      // A reader scrolls through before printing: the sections below load as they are reached.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 500) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 120));
        }
      });
      await expect(page.locator('.trade-context-lines svg').first()).toBeVisible();
      await printLayout(page);
      expect(await overflowing(page)).toEqual([]);
      // A phone prints at the page's width, not its own.
      const svg = page.locator('svg.trade-chart__svg');
      expect(Number(await svg.getAttribute('width'))).toBeGreaterThan(600);
      // Every heading prints as words (a button in a repeated header prints blank).
      const headings = await page
        .locator('.trade-table thead th')
        .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).innerText.trim()));
      expect(headings).toHaveLength(7);
      for (const h of headings) expect(h).not.toBe('');
      // Cells cite by number; the numbered list under the table gives the addresses.
      const cells = page.locator('.trade-table td.trade-table__source');
      await expect(cells.first()).toHaveText(/\[\d+\]$/);
      await expect(cells.locator('a[href^="http"]:visible')).toHaveCount(0);
      const notes = page.locator('.source-notes li');
      await expect(notes.first()).toBeVisible();
      await expect(notes.filter({ hasText: 'data.imf.org' })).toHaveCount(0); // the address prints via CSS
      await expect(notes.first().locator('a[href*="data.imf.org"]')).toHaveCount(1);
      // The "show as a table" toggle is a screen control.
      const summaries = page.locator('.trade-context-lines__table > summary');
      await expect(summaries).toHaveCount(2);
      for (const summary of await summaries.all()) await expect(summary).toBeHidden();
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(1);
      expect(pages).toBeLessThanOrEqual(8);
    });
  }

  test('Visits prints the open event with its sources, starting on the first page', async ({ page }) => {
    await page.goto('/visits?event=visit-2023-12-golovchenko&from=2023&to=2023');
    const card = page.locator('.visits-card__details');
    await expect(card.locator('.visits-card__sources li').first()).toBeVisible();
    await printLayout(page);
    await expect(card).toBeVisible();
    await expect(card.locator('.visits-card__sources li').first()).toBeVisible();
    // The first page is not blank: the view's heading starts near the top.
    const top = await page.getByRole('heading', { level: 1 }).evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeLessThan(200);
  });
});
