/**
 * A shared link's first paint: the prerendered page of its path as a frame (heading, introduction,
 * layout) with the default view's years and figures blank, until the live view replaces it.
 */
import { expect, test } from '@playwright/test';

test('a shared Trade link paints its heading and introduction, never the default figures', async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/trade?from=2010&flow=exports', { waitUntil: 'domcontentloaded' });
  const frame = page.locator('#root[data-frame]');
  await expect(frame).toBeAttached();
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(frame.locator('.lede')).toBeVisible();
  await expect(frame.locator('.trade-section').first()).toBeHidden();
  await expect(frame.locator('.site-header__tools')).toBeHidden();
  // The layout is there: the hidden sections keep their room.
  expect((await frame.locator('.trade-section').first().boundingBox())!.height).toBeGreaterThan(100);

  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('slider', { name: 'Start year' })).toHaveValue('2010');
  await expect(page.locator('.trade-section').first()).toBeVisible();
});

test('a link to the default view with lang=en shows the prerendered page as it is', async ({ page }) => {
  await page.route(/\/assets\/boot-[^/]+\.js$/, () => new Promise(() => {}));
  await page.goto('/trade?lang=en', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#root[data-prerendered="/trade"]')).toBeAttached();
  await expect(page.locator('#root[data-frame]')).toHaveCount(0);
  await expect(page.locator('.trade-section').first()).toBeVisible();
});

test('nothing paints before the entry script has decided what the page may show', async ({ page }) => {
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto('/visits?q=minsk', { waitUntil: 'load' });
  const { fcp, entry } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    entry: performance
      .getEntriesByType('resource')
      .filter((r): r is PerformanceResourceTiming => 'responseEnd' in r)
      .find((r) => /\/assets\/index-[^/]+\.js$/.test(new URL(r.name).pathname))!.responseEnd,
  }));
  expect(entry).toBeGreaterThan(700);
  expect(fcp).toBeGreaterThanOrEqual(entry);
});
