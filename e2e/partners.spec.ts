import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// The real dataset; assertions compare the page with itself (arcs vs rows), not with figures.
const pairs = JSON.parse(readFileSync('data/partnerships.json', 'utf8')) as {
  id: string;
  byPlaceId: string;
}[];

test.describe('partners map', () => {
  test('draws both countries and one connector per pair in range, with no request to another host', async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/partners');
    await expect(page.getByRole('heading', { level: 1, name: /partner/i })).toBeVisible();
    for (const code of ['VN', 'BY']) {
      const country = page.locator(`[data-country="${code}"]`);
      await expect(country).toHaveCount(1);
      const box = await country.boundingBox();
      expect(box!.width).toBeGreaterThan(20);
      expect(box!.height).toBeGreaterThan(20);
    }
    const rows = page.locator('.partners-table tbody tr[data-pair]');
    const arcs = page.locator('svg [data-pair]');
    await expect(arcs).toHaveCount(await rows.count());

    // A narrower range: still one connector per table row.
    await page.goto('/partners?to=2010');
    await expect(page.locator('[data-country="VN"]')).toHaveCount(1);
    await expect(arcs).toHaveCount(await rows.count());

    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(baseURL!))).toEqual([]);
  });

  test('a pair link opens its details, and survives a reload', async ({ page }) => {
    test.skip(pairs.length === 0, 'no partnerships in the dataset yet');
    const id = pairs[0]!.id;
    await page.goto(`/partners?pair=${id}`);
    const panel = page.getByTestId('partners-details');
    await expect(panel).toBeVisible();
    await expect(page.locator(`svg [data-pair="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/pair=/);
  });

  test('Tab reaches the localities on the map, Enter selects, the table follows', async ({ page }) => {
    test.skip(pairs.length === 0, 'no partnerships in the dataset yet');
    const byPlace = pairs[0]!.byPlaceId;
    await page.goto('/partners');
    // Tab moves from one map element to the next (connectors, then localities).
    await page.locator('svg [data-pair]').first().focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('role', 'button');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', /.+/);
    const point = page.locator(`svg [data-place="${byPlace}"]`);
    await expect(point).toHaveAttribute('aria-label', /Belarus: \d+ partnerships?/);
    await point.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`place=${byPlace}`));
    await expect(page.getByTestId('partners-details')).toBeVisible();
    await expect(page.locator('.partners-table tr.is-related').first()).toBeVisible();
  });

  test('has no accessibility violations, light and dark, with a selection open', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/partners${pairs.length ? `?place=${pairs[0]!.byPlaceId}` : ''}`);
      await expect(page.locator('[data-country="BY"]')).toHaveCount(1);
      const { violations } = await new AxeBuilder({ page }).include('main').analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    }
  });
});
