/**
 * A shared link's first paint: the prerendered page of its path as a frame (heading, introduction,
 * layout) with the default view's years and figures blank, until the live view replaces it.
 */
import { expect, test, type Page } from '@playwright/test';

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

/** Holds the entry script back for `ms`, so the first paint surely happens before it runs. */
async function slowEntry(page: Page, ms: number) {
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

const fcpOf = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity);

test('a prerendered page paints before the entry script, and its figures only once it is the default view', async ({
  page,
}) => {
  await slowEntry(page, 1500);
  // The live app never comes: the prerendered page stays to be looked at.
  await page.route(/\/assets\/boot-[^/]+\.js$/, () => new Promise(() => {}));
  await page.goto('/trade', { waitUntil: 'commit' });
  const root = page.locator('#root[data-prerendered="/trade"]');
  await expect(root.getByRole('heading', { level: 1 })).toBeVisible();
  // The first paint came without the script: only the frame is shown so far.
  await expect.poll(() => fcpOf(page)).toBeLessThan(1500);
  await expect(root.locator('.trade-section').first()).toBeHidden();
  // The script finds the URL is the page's own view and shows the rest.
  await expect(root).toHaveAttribute('data-page', '', { timeout: 10_000 });
  await expect(root.locator('.trade-section').first()).toBeVisible();
});

test('a shared link never shows the default figures, even before the entry script has run', async ({
  page,
}) => {
  await slowEntry(page, 1000);
  const seen: boolean[] = [];
  await page.goto('/trade?from=2010&flow=exports', { waitUntil: 'commit' });
  // Sample until the live view has replaced the prerendered page.
  while ((await page.locator('[data-prerendered]').count()) > 0) {
    seen.push(
      await page
        .locator('[data-prerendered] .trade-section')
        .first()
        .isVisible()
        .catch(() => false),
    );
    await page.waitForTimeout(50);
  }
  expect(seen.length).toBeGreaterThan(5);
  expect(seen).not.toContain(true);
  await expect(page.getByRole('slider', { name: 'Start year' })).toHaveValue('2010');
});

test('without scripts, a prerendered page shows all of itself', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/trade');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.trade-section').first()).toBeVisible();
  await context.close();
});
