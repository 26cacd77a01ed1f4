/**
 * The first paint of every kind of URL (docs/first-paint.md): the page of a view in its language
 * paints whole before any script and is hydrated in place; a shared link paints its heading and
 * introduction and renders the rest on the client; a bare path opens in the reader's language
 * without painting English first; nothing breaks where storage is denied.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { holdRoute, PAGES, waitLive } from './pages';

test('every page in every language is hydrated as it was served: no mismatch, titled in its language', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  expect(PAGES).toHaveLength(18);
  for (const { url, lang } of PAGES) {
    const response = await page.goto(url);
    expect(await response!.text()).toContain(`data-prerendered="${url}"`);
    await waitLive(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const h1 = (await page.locator('main h1').first().textContent())!;
    // The tab names the view, in the page's language.
    expect(await page.title()).toContain(h1.trim());
    expect(errors, url).toEqual([]);
  }
});

test('/vi/trade and /ru/visits without scripts are whole pages in their language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/vi/trade');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thương mại Việt Nam – Belarus');
  await expect(page.locator('.trade-section').first()).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Năm bắt đầu' })).toBeVisible();
  await page.goto('/ru/visits');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Визиты и соглашения');
  await expect(page.locator('.visits-card').first()).toBeVisible();
  await context.close();
});

test('an old ?lang= link ends as the same view in the path’s language', async ({ page }) => {
  await page.goto('/trade?lang=vi&from=2010');
  await expect(page).toHaveURL(/\/vi\/trade\?from=2010$/);
  await waitLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thương mại Việt Nam – Belarus');
  await expect(page.getByRole('slider', { name: 'Năm bắt đầu' })).toHaveValue('2010');
});

test('a Vietnamese browser opening a bare path never paints the English heading', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  const painted = new Set<string>();
  const sample = async () => {
    const text = await page
      .evaluate(() => {
        const h = document.querySelector('main h1');
        return h && h.checkVisibility({ visibilityProperty: true }) ? h.textContent : null;
      })
      .catch(() => null);
    if (text) painted.add(text);
  };
  const going = page.goto('/visits', { waitUntil: 'commit' });
  await going;
  for (
    let i = 0;
    i < 60 &&
    !(await page
      .locator('html[data-live]')
      .count()
      .catch(() => 0));
    i++
  ) {
    await sample();
    await page.waitForTimeout(25);
  }
  await sample();
  await expect(page).toHaveURL(/\/vi\/visits$/);
  expect([...painted]).toEqual(['Chuyến thăm và thỏa thuận']);
  await context.close();
});

test('a shared link paints its heading and introduction, never the default figures, then the view', async ({
  page,
}) => {
  const release = await holdRoute(page, /\/assets\/boot-[^/]+\.js$/);
  await page.goto('/ru/trade?from=2010&flow=exports', { waitUntil: 'domcontentloaded' });
  const root = page.locator('#root[data-prerendered]');
  await expect(root.getByRole('heading', { level: 1 })).toHaveText('Торговля Вьетнама и Беларуси');
  await expect(root.locator('.lede')).toBeVisible();
  await expect(root.locator('.trade-section').first()).toBeHidden();
  await expect(root.locator('.site-header__tools')).toBeHidden();
  // The layout is there: the hidden sections keep their room.
  expect((await root.locator('.trade-section').first().boundingBox())!.height).toBeGreaterThan(100);
  release();
  await waitLive(page);
  await expect(page.getByRole('slider', { name: 'Начальный год' })).toHaveValue('2010');
  await expect(page.locator('.trade-section').first()).toBeVisible();
});

test('a page paints whole before its entry script has run', async ({ page }) => {
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/vi/trade', { waitUntil: 'commit' });
  await expect(page.locator('.trade-section').first()).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity),
    )
    .toBeLessThan(1500);
  expect(await page.locator('html[data-live]').count()).toBe(0);
});

test('a moment’s sample of a shared link never shows the default figures', async ({ page }) => {
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  const seen: boolean[] = [];
  await page.goto('/trade?from=2010&flow=exports', { waitUntil: 'commit' });
  while ((await page.locator('html[data-live]').count()) === 0) {
    seen.push(
      await page
        .locator('[data-prerendered] .trade-section')
        .first()
        .isVisible()
        .catch(() => false),
    );
    await page.waitForTimeout(50);
  }
  // The entry is held for 1 s: a few samples of the page before it ran, however busy the machine.
  expect(seen.length).toBeGreaterThan(2);
  expect(seen).not.toContain(true);
  await expect(page.getByRole('slider', { name: 'Start year' })).toHaveValue('2010');
});

test('focus lands on the new view’s heading after a move, by click and by keyboard', async ({ page }) => {
  await page.goto('/vi');
  await waitLive(page);
  const nav = page.getByRole('navigation', { name: 'Các trang' });
  await nav.getByRole('link', { name: 'Nguồn' }).click();
  await expect(page).toHaveURL(/\/vi\/sources$/);
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page).toHaveTitle(/^Nguồn · /);
  await nav.getByRole('link', { name: 'Thương mại' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/vi\/trade$/);
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('main h1')).toHaveText('Thương mại Việt Nam – Belarus');
});

/** In every frame but the top one, storage throws as a browser that blocks third-party storage does. */
const DENY_STORAGE = () => {
  if (window === window.top) return;
  for (const key of ['localStorage', 'sessionStorage'] as const) {
    Object.defineProperty(window, key, {
      get() {
        throw new DOMException(
          `Failed to read the '${key}' property from 'Window': Access is denied`,
          'SecurityError',
        );
      },
    });
  }
};

test('the Trade chart and the map embedded on another site work with storage denied and sandboxed', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(DENY_STORAGE);
  const frames = [
    ['trade', `${baseURL}/vi/trade?embed=chart&from=2010`, ''],
    ['map', `${baseURL}/ru/partners?embed=chart`, ''],
    ['sandboxed', `${baseURL}/trade?embed=chart`, 'sandbox="allow-scripts"'],
  ];
  const body = `<!doctype html><h1>News</h1>${frames
    .map(
      ([name, src, extra]) =>
        `<iframe name="${name}" src="${src}" ${extra} width="600" height="560"></iframe>`,
    )
    .join('')}`;
  // Another site: a server of its own, reached as localhost (not 127.0.0.1).
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const article = `http://localhost:${(server.address() as AddressInfo).port}/article.html`;
  await page.goto(article);
  const trade = page.frameLocator('iframe[name=trade]');
  await expect(trade.getByRole('heading', { level: 1 })).toContainText('2010', { timeout: 15_000 });
  await expect(trade.locator('svg.trade-chart__svg, .trade-chart svg').first()).toBeVisible();
  const map = page.frameLocator('iframe[name=map]');
  await expect(map.locator('[data-country="BY"]')).toBeAttached({ timeout: 15_000 });
  await expect(map.getByRole('link', { name: /карт/i }).first()).toBeVisible();
  const sandboxed = page.frameLocator('iframe[name=sandboxed]');
  await expect(sandboxed.locator('.trade-chart svg').first()).toBeVisible({ timeout: 15_000 });
  expect(errors).toEqual([]);
  server.close();
});

test('the reader’s theme is the page’s from its first paint, and the hydrated toggle says so', async ({
  page,
}) => {
  // A dark choice stored on an earlier visit, and the app's code held back: the head script alone.
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  const release = await holdRoute(page, /\/assets\/index-[^/]+\.js$/);
  // Not `domcontentloaded`: it waits for the held module script.
  await page.goto('/ru/trade', { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('main h1')).toBeVisible();
  expect(await page.locator('html[data-live]').count()).toBe(0);
  release();
  await waitLive(page);
  await expect(page.locator('.theme-toggle')).toHaveAttribute('aria-pressed', 'true');
});

test('a dark system’s toggle reads pressed once hydrated', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/vi/visits');
  await waitLive(page);
  await expect(page.locator('.theme-toggle')).toHaveAttribute('aria-pressed', 'true');
});

test('a language switch changes strings, numbers and the path together, once the strings are in', async ({
  page,
}) => {
  await page.goto('/trade');
  await waitLive(page);
  const release = await holdRoute(page, /\/assets\/vi-[^/]+\.js$/);
  const summary = page.locator('.trade-summary').first();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
  // While the Vietnamese strings load, the page stays wholly English: its path, heading and numbers.
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/trade$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trade between Vietnam and Belarus');
  expect(await summary.textContent()).not.toMatch(/triệu/);
  release();
  await expect(page).toHaveURL(/\/vi\/trade$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thương mại Việt Nam – Belarus');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(summary).toContainText('triệu');
  await expect(page).toHaveTitle(/^Thương mại Việt Nam – Belarus · /);
});
