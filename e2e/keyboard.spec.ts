import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after 250 presses. */
async function tabTo(page: Page, selector: string, backwards = false) {
  for (let i = 0; i < 250; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`keyboard focus never reached ${selector}`);
}

test('the main task by keyboard alone: set years, open an event, select a partnership, copy the link', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');

  // Years: the start thumb, ten years on.
  await tabTo(page, 'input[type="range"][aria-label="Start year"]');
  const before = Number(await page.evaluate(() => (document.activeElement as HTMLInputElement).value));
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(new RegExp(`from=${before + 10}`));

  // Visits: open an event.
  await tabTo(page, 'nav a[href^="/visits"]', true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/visits\?from=/);
  await tabTo(page, '[data-event-toggle]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/event=[a-z0-9-]+/);
  await expect(page.locator(':focus')).toHaveAttribute('aria-expanded', 'true');

  // Partner cities: select a partnership on the map.
  await tabTo(page, 'nav a[href^="/partners"]', true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/partners\?from=/);
  await tabTo(page, 'svg [data-pair]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/pair=[a-z0-9-]+/);
  const url = new URL(page.url());

  // Copy the link of this view.
  await tabTo(page, '.share > button:first-of-type', true);
  await expect(page.locator(':focus')).toHaveText('Copy link');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.pathname).toBe('/partners');
  expect(copied.searchParams.get('from')).toBe(String(before + 10));
  expect(copied.searchParams.get('pair')).toBe(url.searchParams.get('pair'));
  expect(copied.searchParams.get('lang')).toBe('en');
});
