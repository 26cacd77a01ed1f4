import { expect, test } from '@playwright/test';

// Partner cities on a phone: the table becomes one card per pair, and nothing scrolls sideways.
test.describe('partners on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const lang of ['en', 'vi', 'ru']) {
    test(`shows the pairs as cards with no sideways scrolling (${lang})`, async ({ page }) => {
      await page.goto(`/partners?lang=${lang}&pair=hanoi-minsk`);
      const rows = page.locator('.partners-table tbody tr[data-pair]');
      await expect(rows.first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBe(0);
      // The table's own scroller has nothing hidden either.
      const scroller = page.locator('.table-scroll').filter({ has: page.locator('.partners-table') });
      expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      // Each cell names its column, and every card sits inside the screen.
      await expect(rows.first().locator('td').nth(1)).toHaveAttribute('data-label', /.+/);
      for (const row of await rows.all()) {
        const b = (await row.boundingBox())!;
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(360);
      }
      // The details panel's text stays inside the panel.
      const panel = page.getByTestId('partners-details');
      const spill = await panel.evaluate((el) => {
        const edge = el.getBoundingClientRect().right;
        return [...el.querySelectorAll('dd, dt, li, p, h2, h3')]
          .filter((c) => c.getBoundingClientRect().right > edge + 0.5)
          .map((c) => c.textContent);
      });
      expect(spill).toEqual([]);
    });
  }
});
