/**
 * Offline after one visit (scripts/build/service-worker.ts): once the service worker controls the page,
 * every view opens with the network gone, links with params and other languages included, with
 * its data, map and fonts; and a new deploy is offered, never forced (src/app/sw/).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';

test.use({ serviceWorkers: 'allow' });
// One build folder and one worker script for both tests: the update test changes that script.
test.describe.configure({ mode: 'serial' });

const SW_PATH = join(process.env.E2E_OUTDIR ?? 'dist', 'sw.js');

/** Deploys a worker script as a build does: the file and its precompressed copies (scripts/build/precompress.ts). */
function deployWorker(body: string) {
  writeFileSync(SW_PATH, body);
  writeFileSync(`${SW_PATH}.br`, brotliCompressSync(body));
  writeFileSync(`${SW_PATH}.gz`, gzipSync(body));
}

/** Loads `/` and waits until the service worker has installed (precached) and controls the page. */
async function firstVisit(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/**
 * What each link shows offline: its heading and something only the real data gives. Each is
 * answered with its route's prerendered page (params ignored); unknown paths with the root page.
 */
const VIEWS: [url: string, page: string, heading: RegExp, data: (page: Page) => Promise<void>][] = [
  ['/', '/', /at a glance/i, (p) => expect(p.getByText(/US\$[\d.,]+ million/).first()).toBeVisible()],
  [
    '/trade?from=2010',
    '/trade',
    /trade/i,
    async (p) => {
      await expect(p.getByRole('slider', { name: 'Start year' })).toHaveValue('2010');
      await expect(p.locator('path.trade-line').first()).toBeVisible();
    },
  ],
  ['/visits', '/visits', /visits/i, (p) => expect(p.locator('[data-event-toggle]').first()).toBeVisible()],
  [
    '/partners',
    '/partners',
    /partner/i,
    async (p) => {
      // The map geometry is a data file of its own.
      await expect(p.locator('[data-country="VN"]')).toHaveCount(1);
      await expect(p.locator('.partners-table tbody tr[data-pair]').first()).toBeAttached();
    },
  ],
  ['/sources', '/sources', /sources/i, (p) => expect(p.getByText(/\d+ of \d+ sources/)).toBeVisible()],
  [
    '/about',
    '/about',
    /about/i,
    (p) => expect(p.getByText(/\d+ trade figures quoted in the news/)).toBeVisible(),
  ],
  [
    '/vi/visits?from=2000',
    '/vi/visits',
    /Chuyến thăm/,
    (p) => expect(p.locator('[data-event-toggle]').first()).toBeVisible(),
  ],
  [
    '/ru/sources',
    '/ru/sources',
    /Источники/,
    (p) => expect(p.getByText(/Источников: \d+ из \d+/)).toBeVisible(),
  ],
  [
    '/no-such-page',
    '/',
    /Page not found/,
    (p) => expect(p.getByRole('link', { name: 'Go to the overview' })).toBeVisible(),
  ],
];

/** Whether a face of the web font for this script (a character it covers) has loaded. */
const fontLoaded = (page: Page, char: string) =>
  page.evaluate(async (c) => {
    await document.fonts.ready;
    const code = c.codePointAt(0)!;
    return [...document.fonts].some(
      (f) =>
        /^Inter$/.test(f.family.replace(/["']/g, '')) &&
        f.status === 'loaded' &&
        f.unicodeRange.split(',').some((r) => {
          const [lo, hi] = r.trim().replace('U+', '').split('-');
          return code >= parseInt(lo!, 16) && code <= parseInt(hi ?? lo!, 16);
        }),
    );
  }, char);

test('after one visit every view opens offline, with its data, map and fonts', async ({ page, context }) => {
  test.setTimeout(90_000);
  await firstVisit(page);
  await context.setOffline(true);
  // The network is really gone, for the worker too: the dataset zip is not precached and has
  // never been downloaded, so it fails.
  expect(
    await page.evaluate(() =>
      fetch('/vietnam-belarus-dataset.zip').then(
        (r) => r.status,
        () => 'failed',
      ),
    ),
  ).toBe('failed');

  for (const [url, prerendered, heading, data] of VIEWS) {
    await test.step(url, async () => {
      const response = await page.goto(url);
      expect(response!.fromServiceWorker()).toBe(true);
      expect(await response!.text()).toContain(`data-prerendered="${prerendered}"`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await data(page);
      await expect(page.locator('.skeleton')).toHaveCount(0);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /retry/i })).toHaveCount(0);
    });
    if (url.startsWith('/vi/')) expect(await fontLoaded(page, 'ạ')).toBe(true);
    if (url.startsWith('/ru/')) expect(await fontLoaded(page, 'Ж')).toBe(true);
  }
});

test('the dataset zip, once downloaded, is there offline too', async ({ page, context }) => {
  await firstVisit(page);
  const size = () =>
    page.evaluate(() =>
      fetch('/vietnam-belarus-dataset.zip').then(
        async (r) => (r.ok ? (await r.arrayBuffer()).byteLength : r.status),
        () => 'failed',
      ),
    );
  const online = await size();
  expect(online).toBeGreaterThan(1000);
  await context.setOffline(true);
  expect(await size()).toBe(online);
});

test('a new deploy is offered, loads on one click, and never reloads the page by itself', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await firstVisit(page);
  // The reader is typing when the new version arrives.
  await page.goto('/visits?q=minsk');
  const search = page.getByRole('searchbox').first();
  await search.fill('Hà Nội');
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });

  const original = readFileSync(SW_PATH, 'utf8');
  try {
    // A new deploy: the worker script changes by a byte, the browser installs it beside the old one.
    deployWorker(`${original}\n// deploy ${Date.now()}\n`);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg!.update();
    });
    const notice = page.getByRole('status').filter({ hasText: 'A newer version of the data is available.' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    expect(await axeViolations(page, ['.sw-update'])).toEqual([]);

    // Nothing reloads until the reader asks: what they typed stays.
    await page.waitForTimeout(1500);
    await expect(search).toHaveValue('Hà Nội');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
    const waiting = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg!.waiting?.state ?? null;
    });
    expect(waiting).toBe('installed');

    // One click: the new worker takes over and the page reloads once, keeping its link.
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Load it' }).click()]);
    await expect(page).toHaveURL(/\/visits\?/);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      undefined,
    );
    // The reloaded link first paints its page's heading, then the live view.
    await expect(page.locator('html[data-live]')).toHaveCount(1, { timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1, name: /visits/i })).toBeVisible();
    await expect(page.getByText('A newer version of the data is available.')).toHaveCount(0);
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { waiting: reg!.waiting !== null, controlled: navigator.serviceWorker.controller !== null };
    });
    expect(state).toEqual({ waiting: false, controlled: true });
  } finally {
    deployWorker(original);
  }
});
