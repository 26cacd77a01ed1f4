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

// On a touch screen the map says to tap (it has no zoom or pan), and a tap does what it says.
test.describe('partners map on a touch screen', () => {
  test.use({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
  const prefix = { en: '', vi: '/vi', ru: '/ru' } as const;
  const tap = { en: /^Tap a locality/, vi: /^Chạm vào một địa phương/, ru: /^Коснитесь места/ };

  for (const lang of ['en', 'vi', 'ru'] as const) {
    test(`tells a touch reader to tap, and a second tap clears (${lang})`, async ({ page }) => {
      await page.goto(`${prefix[lang]}/partners`);
      await expect(page.locator('.partners-map__svg')).toBeVisible();
      const hint = page.locator('.partners-map__hint');
      await expect(hint.locator('.partners-map__hint-touch')).toBeVisible();
      await expect(hint.locator('.partners-map__hint-touch')).toHaveText(tap[lang]);
      await expect(hint.locator('.partners-map__hint-pointer')).toBeHidden();
      // The keys are left to screen readers until a keyboard reaches the map (below).
      expect((await hint.locator('.partners-map__hint-keys').boundingBox())?.width ?? 0).toBeLessThanOrEqual(
        1,
      );

      const gomel = page.locator('[data-place="gomel"]');
      await gomel.locator('.partners-map__symbol').tap();
      await expect(page).toHaveURL(/place=gomel/);
      await expect(gomel).toHaveClass(/is-lit/);
      await gomel.locator('.partners-map__symbol').tap();
      await expect(page).not.toHaveURL(/place=/);
      // Nothing stays lit or dimmed once the selection is cleared.
      await expect(page.locator('.partners-map__svg .is-lit, .partners-map__svg .is-dim')).toHaveCount(0);
    });
  }

  test('shows the keys once a keyboard reaches the map', async ({ page }) => {
    await page.goto('/partners');
    const keys = page.locator('.partners-map__hint-keys');
    await expect(page.locator('.partners-map__svg')).toBeVisible();
    expect((await keys.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    // Tab from the control just before the map into it.
    await page.getByRole('checkbox', { name: 'Show pairs with no known date' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('.partners-map__svg :focus')).toHaveCount(1);
    await expect(keys).toBeVisible();
    expect((await keys.boundingBox())!.width).toBeGreaterThan(100);
  });
});
