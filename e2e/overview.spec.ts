import { expect, test } from '@playwright/test';
import { waitLive } from './pages';

const TITLE = {
  en: 'Total trade, US$ million',
  vi: 'Tổng kim ngạch thương mại, triệu USD',
  ru: 'Товарооборот, млн долларов США',
} as const;

test.describe('the Overview on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  for (const lang of ['en', 'vi', 'ru'] as const) {
    test(`draws the trade picture across its box, with nothing wider than the screen (${lang})`, async ({
      page,
    }) => {
      await page.goto(lang === 'en' ? '/' : `/${lang}/`);
      await waitLive(page);
      const region = page.getByRole('region', { name: TITLE[lang] });
      const svg = region.getByTestId('trade-picture');
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThan(250);
      expect(box.height).toBeGreaterThan(100);
      // Drawn at the width it is shown at, so its text is not shrunk: every label and mark lies
      // inside the drawing.
      const outside = await svg.evaluate((s) => {
        const r = s.getBoundingClientRect();
        return [...s.querySelectorAll('text, circle, rect')]
          .map((el) => el.getBoundingClientRect())
          .filter(
            (b) =>
              b.left < r.left - 1 || b.right > r.right + 1 || b.top < r.top - 1 || b.bottom > r.bottom + 1,
          ).length;
      });
      expect(outside).toBe(0);
      expect(await svg.evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width)).toBeCloseTo(
        box.width,
        -1,
      );
      // Lines in the two series' colours, and press marks drawn.
      expect(await svg.locator('path').count()).toBe(2);
      expect(await svg.locator('.trade-picture__marks > *').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
    });
  }
});

test('the trade picture follows the year range and the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?from=2010&to=2020');
  await waitLive(page);
  const svg = page.getByRole('region', { name: TITLE.en }).getByTestId('trade-picture');
  const years = await svg.locator('.trade-picture__grid > text').allTextContents();
  expect(years.at(0)).toBe('2010');
  expect(years.at(-1)).toBe('2020');
  // Dark mode: the lines take the series colours the page sets for a dark background.
  const [stroke, series] = await svg
    .locator('path.ov-series-BY')
    .evaluate((p) => [
      getComputedStyle(p).stroke,
      getComputedStyle(document.documentElement).getPropertyValue('--series-by').trim(),
    ]);
  expect(series).toBe('#56b4e9');
  expect(stroke).toBe('rgb(86, 180, 233)');
});

test('a picture that appears on a year step is drawn at the width it is shown at', async ({ page }) => {
  await page.goto('/?from=1957&to=1990');
  await waitLive(page);
  const region = page.getByRole('region', { name: TITLE.en });
  await expect(region.getByText('No trade figures in these years.')).toBeVisible();
  const end = page.getByRole('spinbutton', { name: 'End year' });
  await end.fill('2020');
  await end.press('Enter');
  const svg = region.getByTestId('trade-picture');
  await expect(svg).toBeVisible();
  const shown = (await svg.boundingBox())!.width;
  expect(shown).toBeGreaterThan(400);
  expect(await svg.evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width)).toBeCloseTo(shown, -1);
});
