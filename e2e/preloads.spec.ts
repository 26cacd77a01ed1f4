/**
 * A prerendered page names its view's code and data files in its head, so they all start with the
 * HTML instead of one after another; each is then used as preloaded, never fetched twice.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { VIEWS } from '../src/app/views';

// Every view in English, and one page in each other language (their preloads name their fonts too).
const ROUTES = [...VIEWS.map((v) => v.path), '/vi/trade', '/ru/visits'];

/** How each data file was first requested: `link` when by the page's preload, `fetch` when by the app. */
function dataInitiators(page: Page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => /\/assets\/[^/]+\.json$/.test(new URL(r.name).pathname))
      .map(
        (r) =>
          `${new URL(r.name).pathname.split('/').pop()!.split('-')[0]} ${(r as PerformanceResourceTiming).initiatorType}`,
      ),
  );
}

for (const route of ROUTES) {
  test(`${route}: the view's chunks and data are preloaded and each fetched once`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    const preloaded = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload], link[rel=preload][as=fetch]'),
      ].map((l) => new URL(l.href).pathname),
    );
    expect(preloaded.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(3);
    expect(preloaded.filter((p) => p.endsWith('.json')).length).toBeGreaterThan(0);
    for (const p of preloaded)
      expect(
        fetched.filter((f) => f === p),
        p,
      ).toHaveLength(1);
    // Every preloaded data file was taken from the preload (a mismatch would show `fetch` here).
    const initiators = await dataInitiators(page);
    for (const p of preloaded.filter((f) => f.endsWith('.json'))) {
      expect(initiators).toContain(`${p.split('/').pop()!.split('-')[0]} link`);
    }
  });
}

test('a shared link gets its data from the same preloads', async ({ page }) => {
  await page.goto('/trade?from=2010&flow=exports');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await dataInitiators(page)).toContain('trade link');
});
