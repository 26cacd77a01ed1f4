import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { waitLive } from './pages';

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after 250 presses. */
async function tabTo(page: Page, selector: string, backwards = false) {
  for (let i = 0; i < 250; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`keyboard focus never reached ${selector}`);
}

/**
 * Goes back up to the header's link to `view` and opens it, keeping the years, then tabs to the
 * first `widget` and presses Enter on it, which writes `chosen` into the link.
 */
async function chooseInView(page: Page, view: string, widget: string, chosen: RegExp) {
  await tabTo(page, `nav a[href^="/${view}"]`, true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${view}\\?from=`));
  await tabTo(page, widget);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(chosen);
}

test('the main task by keyboard alone: set years, open an event, select a partnership, copy the link', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  // Keys on the view's own widgets (roving focus) act once the app is live: not replayed.
  await waitLive(page);

  // Years: the start thumb, ten years on.
  await tabTo(page, 'input[type="range"][aria-label="Start year"]');
  const before = Number(await page.evaluate(() => (document.activeElement as HTMLInputElement).value));
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(new RegExp(`from=${before + 10}`));

  // Visits: open an event.
  await chooseInView(page, 'visits', '[data-event-toggle]', /event=[a-z0-9-]+/);
  await expect(page.locator(':focus')).toHaveAttribute('aria-expanded', 'true');

  // Partner cities: select a partnership on the map.
  await chooseInView(page, 'partners', 'svg [data-pair]', /pair=[a-z0-9-]+/);
  const url = new URL(page.url());

  // Copy the link of this view.
  await tabTo(page, '.share__actions > button:first-of-type', true);
  await expect(page.locator(':focus')).toHaveText('Copy link');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.pathname).toBe('/partners');
  expect(copied.searchParams.get('from')).toBe(String(before + 10));
  expect(copied.searchParams.get('pair')).toBe(url.searchParams.get('pair'));
  // English is the bare path: no language in the link.
  expect(copied.pathname).toBe(url.pathname);
  expect(copied.searchParams.get('lang')).toBeNull();
});

test.describe('Visits filters and year strip by keyboard', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/visits');
    // Keys on the view's own widgets (roving focus) act once the app is live: not replayed.
    await waitLive(page);
    await expect(page.locator('[data-event-toggle]').first()).toBeVisible();
  });

  test('a few Tab presses lead from the search to the first event', async ({ page }) => {
    await page.getByRole('searchbox').focus();
    let presses = 0;
    while (!(await page.evaluate(() => document.activeElement?.matches('[data-event-toggle]') ?? false))) {
      await page.keyboard.press('Tab');
      presses += 1;
      if (presses > 60) break;
    }
    // Search → direction, level, kind → year strip → timeline → PNG, SVG → order → Download CSV →
    // first event.
    expect(presses).toBeLessThanOrEqual(11);
    // Each chip group, the year strip and the timeline hold exactly one Tab stop.
    for (const name of ['Direction', 'Level', 'Kind', 'Events per year']) {
      const toolbar = page.getByRole('toolbar', { name });
      await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
      expect(await toolbar.locator('button').count()).toBeGreaterThan(1);
    }
    const timeline = page.getByRole('group', { name: /^Timeline of events/ });
    await expect(timeline.locator('[tabindex="0"]')).toHaveCount(1);
    expect(await timeline.getByRole('button').count()).toBeGreaterThan(1);
  });

  test('arrows move within a chip group, Space toggles, and Tab returns to the last chip', async ({
    page,
  }) => {
    const direction = page.getByRole('toolbar', { name: 'Direction' });
    const chips = direction.getByRole('button');
    const count = await chips.count();
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('Tab');
    await expect(chips.first()).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(chips.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(chips.nth(count - 1)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(chips.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(chips.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await expect(chips.nth(1)).toBeFocused();

    await expect(chips.nth(1)).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Space');
    await expect(chips.nth(1)).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/dir=/);
    await expect(chips.nth(1)).toBeFocused();

    // Tab leaves the group for the next one; Shift+Tab comes back to the chip last used.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('toolbar', { name: 'Level' }).getByRole('button').first()).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(chips.nth(1)).toBeFocused();
  });

  test('arrows move along the year strip and Enter jumps to that year', async ({ page }) => {
    const strip = page.getByRole('toolbar', { name: 'Events per year' });
    const bars = strip.getByRole('button');
    // The strip follows the kind chips.
    await page.getByRole('toolbar', { name: 'Kind' }).locator('button[tabindex="0"]').focus();
    await page.keyboard.press('Tab');
    await expect(bars.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(bars.last()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    const target = bars.nth((await bars.count()) - 2);
    await expect(target).toBeFocused();
    const year = (await target.getAttribute('aria-label'))!.slice(0, 4);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^${year}`) });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });
});
