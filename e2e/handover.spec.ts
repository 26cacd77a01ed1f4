/**
 * What a reader does in the prerendered page before the app is live is kept: the app hydrates
 * those very elements and is told what changed (src/app/first-paint/replay.ts). The app's scripts
 * and data are held back by gates the test opens, so each step happens in a known phase: before
 * the entry has run, after it but before the app's code arrives, and while the app waits for its
 * data.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { DatasetEvent } from '../data/schema';
import { axeViolations } from './support/axe';

const WORD = 'Lukashenko';
const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetEvent[];
const mentions = (e: DatasetEvent) => JSON.stringify(e).toLowerCase().includes(WORD.toLowerCase());
// Picked from the data, so the test follows the dataset: a visit naming the word, one that does not.
const kept = events.find((e) => e.kind === 'visit' && mentions(e));
const dropped = events.find((e) => e.kind === 'visit' && !mentions(e));

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

/** The entry script and the chunks it imports statically, as URL paths. */
function entryScripts(): Set<string> {
  const manifest = JSON.parse(
    readFileSync(`${process.env.E2E_OUTDIR ?? 'dist'}/.vite/manifest.json`, 'utf8'),
  ) as Manifest;
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    manifest[key]!.imports?.forEach(walk);
  };
  walk(Object.keys(manifest).find((k) => manifest[k]!.isEntry)!);
  return new Set([...seen].map((k) => `/${manifest[k]!.file}`));
}

/**
 * Holds the page's scripts: the entry until `entry.open()`, every later script until
 * `app.open()`, the data until `data.open()`, each at least 1.5 s.
 */
async function holdBack(page: Page) {
  const first = entryScripts();
  const entry = gate();
  const app = gate();
  const data = gate();
  const delay = new Promise((resolve) => setTimeout(resolve, 1500));
  await page.route('**/assets/*.js', async (route) => {
    const url = new URL(route.request().url()).pathname;
    if (first.has(url)) await entry.opened;
    else {
      await app.opened;
    }
    await delay;
    await route.continue();
  });
  await page.route('**/assets/*.json', async (route) => {
    await data.opened;
    await route.continue();
  });
  // The entry marks the page once it records clicks (src/main.tsx).
  const entryHasRun = () => page.locator('html[data-entry]').waitFor({ state: 'attached', timeout: 15_000 });
  return { entry, app, data, entryHasRun };
}

test.describe('hand-over from the prerendered page', () => {
  test('Visits: the query typed and the chip ticked before the app was live stay', async ({ page }) => {
    expect(kept, `data/events.json needs a visit that names "${WORD}"`).toBeDefined();
    expect(dropped, `data/events.json needs a visit that does not name "${WORD}"`).toBeDefined();
    const held = await holdBack(page);
    await page.goto('/visits', { waitUntil: 'commit' });
    const search = page.getByRole('searchbox', { name: 'Search titles, people and places' });
    // The page is whole and usable before any script: the browser alone keeps what is typed.
    await expect(page.locator('main h1')).toBeVisible();
    await search.pressSequentially(WORD.slice(0, 4));
    // Until the app is live, the prerendered page is what assistive technology reads (the header
    // and filters: the whole timeline takes axe too long here).
    expect(await axeViolations(page, ['header', '.visits-filters'])).toEqual([]);
    held.entry.open();
    await held.entryHasRun();
    // The entry records clicks from now on.
    await page.locator('[data-roving-key="visit"]').click();
    // Back in the box, at the end of what is there.
    await search.press('End');
    await search.pressSequentially(WORD.slice(4, 7));
    held.app.open();
    await search.pressSequentially(WORD.slice(7));
    held.data.open();

    await expect(page.locator('html[data-live]')).toHaveCount(1);
    await expect(search).toHaveValue(WORD);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${WORD}(&|$)`));
    await expect(page).toHaveURL(/[?&]kind=visit(&|$)/);
    await expect(page.locator('[data-roving-key="visit"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(`#event-${kept!.id}-toggle`)).toBeVisible();
    await expect(page.locator(`#event-${dropped!.id}-toggle`)).toHaveCount(0);
    // The same box, so focus and caret stayed: typing goes on.
    await expect(search).toBeFocused();
    await page.keyboard.press('Backspace');
    await expect(search).toHaveValue(WORD.slice(0, -1));
    await expect(page).toHaveURL(new RegExp(`[?&]q=${WORD.slice(0, -1)}(&|$)`));
  });

  test('Trade: a flow chosen and a box unticked before the app’s code arrived stay', async ({ page }) => {
    const held = await holdBack(page);
    await page.goto('/trade', { waitUntil: 'commit' });
    // Chosen before any script has run.
    await page.getByRole('radio', { name: 'Vietnam’s exports' }).check();
    held.entry.open();
    await held.entryHasRun();
    await page.getByRole('checkbox', { name: 'Show top-level visits and agreements' }).uncheck();
    held.app.open();
    held.data.open();

    await expect(page.locator('html[data-live]')).toHaveCount(1);
    await expect(page).toHaveURL(/[?&]flow=exports(&|$)/);
    await expect(page).toHaveURL(/[?&]markers=0(&|$)/);
    await expect(page.getByRole('radio', { name: 'Vietnam’s exports' })).toBeChecked();
    await expect(
      page.getByRole('checkbox', { name: 'Show top-level visits and agreements' }),
    ).not.toBeChecked();
  });

  test('a link clicked before the app’s code arrived opens its page', async ({ page }) => {
    const held = await holdBack(page);
    await page.goto('/visits', { waitUntil: 'commit' });
    held.entry.open();
    await held.entryHasRun();
    await page.getByRole('navigation').getByRole('link', { name: 'Trade' }).first().click();
    await expect(page).toHaveURL(/\/trade(\?|$)/);
    held.app.open();
    held.data.open();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Trade');
  });
});
