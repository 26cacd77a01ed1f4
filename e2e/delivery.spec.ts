/**
 * What goes over the wire: brotli copies made at build, hashed assets cached for good, pages
 * revalidated (the same rules the README gives for static hosts).
 */
import { expect, test } from '@playwright/test';
import { waitLive } from './pages';

test('pages, code and data come brotli-compressed with the documented caching', async ({ page, request }) => {
  await page.goto('/trade');
  await waitLive(page);
  await page.waitForLoadState('networkidle');
  const assets = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((p) => /^\/assets\/.+\.(js|json|css)$/.test(p)),
  );
  expect(assets.length).toBeGreaterThan(5);
  for (const path of ['/trade', ...assets.slice(0, 8)]) {
    const res = await request.get(path, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status(), path).toBe(200);
    const headers = res.headers();
    if (path === '/trade' || (await res.body()).length > 1024)
      expect(headers['content-encoding'], path).toBe('br');
    expect(headers['cache-control'], path).toBe(
      path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    // A sandboxed embed (an opaque origin) loads the files cross-origin.
    expect(headers['access-control-allow-origin'], path).toBe(path.startsWith('/assets/') ? '*' : undefined);
  }
  const plain = await request.get('/trade', { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await plain.text()).toContain('data-prerendered="/trade"');
});

test('a prerendered page carries its stylesheets: none is fetched, and the live view keeps them', async ({
  page,
}) => {
  const css: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.css')) css.push(new URL(r.url()).pathname);
  });
  await page.goto('/trade');
  const inlined = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLStyleElement>('style[data-href]')].map((s) => s.dataset.href!),
  );
  expect(inlined.length).toBeGreaterThan(1);
  await page.waitForLoadState('networkidle');
  expect(css.filter((href) => inlined.includes(href))).toEqual([]);
  // The view's own rules still apply once the live app has replaced the prerendered page.
  const section = page.locator('.trade-section').first();
  await expect(section).toBeVisible();
  expect(await page.locator('.site-nav').evaluate((nav) => getComputedStyle(nav).display)).not.toBe('inline');
  expect(await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily)).toContain('Inter');
});
