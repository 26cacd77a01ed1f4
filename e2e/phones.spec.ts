import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { waitLive } from './pages';
import { axeViolations } from './support/axe';

const MORE = { en: 'More views', vi: 'Xem thêm mục', ru: 'Другие разделы' } as const;
const BACK = { en: 'Previous views', vi: 'Các mục trước', ru: 'Предыдущие разделы' } as const;

/** Whether a link is shown whole inside the nav's row and is what a tap on its middle hits. */
async function inSight(link: Locator): Promise<boolean> {
  return link.evaluate((a) => {
    const row = a.closest('ul')!.getBoundingClientRect();
    const r = a.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.left >= row.left - 1 && r.right <= row.right + 1 && !!hit && a.contains(hit);
  });
}

const navOf = (page: Page) => page.getByRole('navigation', { name: /^(Views|Các trang|Разделы)$/ });

test.describe('the views nav on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const lang of ['en', 'vi', 'ru'] as const) {
    test(`shows there is more and every link can be reached (${lang})`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const nav = navOf(page);
      const links = nav.getByRole('link');
      await expect(links).toHaveCount(6);
      const more = nav.getByRole('button', { name: MORE[lang] });
      const back = nav.getByRole('button', { name: BACK[lang] });
      // The row is wider than the screen: the end that hides links carries the cue.
      await expect(more).toBeVisible();
      await expect(back).toBeHidden();
      expect(await inSight(links.last())).toBe(false);
      // Nothing else on the page scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);

      // Tapping the cue brings the hidden links into view, one step at a time, to the last.
      for (let i = 0; i < 6 && (await more.isVisible()); i++) {
        await more.tap();
        // The row scrolls smoothly; the cue hides once the last link is in sight.
        await page.waitForTimeout(700);
      }
      await expect(more).toBeHidden();
      await expect(back).toBeVisible();
      await expect.poll(() => inSight(links.last())).toBe(true);
      await links.last().tap();
      await expect(page).toHaveURL(/\/about/);
      // The current view's link is in sight after the move.
      await expect.poll(() => inSight(nav.locator('a[aria-current="page"]'))).toBe(true);
    });
  }

  test('each link reached with Tab is scrolled into sight, clear of the cues (ru)', async ({ page }) => {
    await page.goto('/?lang=ru');
    const links = navOf(page).getByRole('link');
    await links.first().focus();
    for (let i = 0; i < 6; i++) {
      const link = links.nth(i);
      await expect(link).toBeFocused();
      await expect.poll(() => inSight(link), { message: `link ${i}` }).toBe(true);
      await page.keyboard.press('Tab');
    }
  });

  test('a view whose link is cut off opens with its link in sight (ru)', async ({ page }) => {
    await page.goto('/about?lang=ru');
    const nav = navOf(page);
    await expect.poll(() => inSight(nav.locator('a[aria-current="page"]'))).toBe(true);
    await expect(nav.getByRole('button', { name: BACK.ru })).toBeVisible();
  });

  test('the header has no accessibility violations with both cues shown (ru)', async ({ page }) => {
    await page.goto('/partners?lang=ru');
    await expect(navOf(page).getByRole('button', { name: BACK.ru })).toBeVisible();
    await expect(navOf(page).getByRole('button', { name: MORE.ru })).toBeVisible();
    expect(await axeViolations(page, ['header'])).toEqual([]);
  });

  test('tapping a chart point leaves the chart where it was', async ({ page }) => {
    await page.goto('/trade');
    const svg = page.locator('.trade-chart-box .trade-chart__svg');
    await expect(svg).toBeVisible();
    await svg.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 60));
    const top = () => svg.evaluate((el) => el.getBoundingClientRect().top);
    const plot = (await page.locator('.trade-chart-box svg > .trade-chart__hit').boundingBox())!;
    // Points spread over the plot: each tap selects (or clears) the nearest point's year.
    for (const [fx, fy] of [
      [0.1, 0.9],
      [0.3, 0.9],
      [0.8, 0.6],
    ] as const) {
      const before = await top();
      const search = await page.evaluate(() => location.search);
      await page.touchscreen.tap(plot.x + plot.width * fx, plot.y + plot.height * fy);
      await expect.poll(() => page.evaluate(() => location.search)).not.toBe(search);
      await page.waitForTimeout(300);
      expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(2);
    }
    await expect(page.locator('.trade-highlight')).toBeVisible();
  });
});

test.describe('the views nav at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const lang of ['en', 'vi', 'ru'] as const) {
    test(`shows every link and no cue (${lang})`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const nav = navOf(page);
      await expect(nav.getByRole('link')).toHaveCount(6);
      for (const link of await nav.getByRole('link').all()) expect(await inSight(link)).toBe(true);
      await expect(nav.getByRole('button', { name: MORE[lang] })).toBeHidden();
      await expect(nav.getByRole('button', { name: BACK[lang] })).toBeHidden();
    });
  }
});

const SHARE = { '': 'Share', '/vi': 'Chia sẻ', '/ru': 'Поделиться' } as const;

for (const [lang, name] of [
  ['', 'Copy link'],
  ['/vi', 'Sao chép liên kết'],
  ['/ru', 'Копировать ссылку'],
] as const) {
  test(`on a phone the header takes at most a fifth of the screen, and a copy confirmation moves nothing (${lang || '/en'})`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${lang}/trade`);
    await waitLive(page);
    const header = page.locator('.site-header');
    const heading = page.getByRole('heading', { level: 1 });
    const before = {
      header: (await header.boundingBox())!.height,
      heading: (await heading.boundingBox())!.y,
    };
    expect(before.header).toBeLessThanOrEqual(780 * 0.2);
    // The share buttons fold behind one button; the menu opens over the page, not in the flow.
    const share = page.getByRole('button', { name: SHARE[lang], exact: true });
    await expect(page.getByRole('button', { name })).toBeHidden();
    await share.click();
    await expect(share).toHaveAttribute('aria-expanded', 'true');
    expect((await header.boundingBox())!.height).toBe(before.header);
    await page.getByRole('button', { name }).click();
    await expect(page.locator('.share > .share__status')).not.toBeEmpty();
    await expect(share).toHaveAttribute('aria-expanded', 'false');
    expect((await header.boundingBox())!.height).toBe(before.header);
    expect((await heading.boundingBox())!.y).toBe(before.heading);
    // Escape closes the menu and leaves focus on its button.
    await share.click();
    await page.keyboard.press('Escape');
    await expect(share).toHaveAttribute('aria-expanded', 'false');
    await expect(share).toBeFocused();
  });
}
