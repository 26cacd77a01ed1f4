import { expect, test } from '@playwright/test';

/** The height the Embed dialog's snippet gives a chart-only iframe (EMBED_HEIGHT.chart). */
const FRAME_HEIGHT = 560;

test.describe('chart-only embed of Trade', () => {
  for (const width of [600, 1000]) {
    test(`shows the whole figure in a ${width} px frame, in the link's state`, async ({ page }) => {
      await page.setViewportSize({ width, height: FRAME_HEIGHT });
      await page.goto('/vi/trade?embed=chart&from=2010&to=2024&flow=imports');
      const svg = page.locator('svg.trade-chart__svg');
      await expect(svg).toBeVisible();
      await expect(page.locator('.trade-chart__heading')).toHaveText(
        /^Nhập khẩu của Việt Nam từ Belarus, 2010–20\d\d$/,
      );
      // Legend and source line are inside the figure, and the link back sits under it.
      await expect(page.locator('.trade-chart__legend')).toBeVisible();
      const link = page.getByRole('link', { name: /xem đầy đủ biểu đồ/i });
      await expect(link).toHaveAttribute('href', /\/vi\/trade\?flow=imports&from=2010&to=2024$/);
      const box = await link.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(FRAME_HEIGHT);
      // Nothing needs scrolling, in either direction.
      const overflow = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth - innerWidth,
        y: document.documentElement.scrollHeight - innerHeight,
      }));
      expect(overflow).toEqual({ x: 0, y: 0 });
      // No site chrome and no controls of the full view.
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.getByRole('slider')).toHaveCount(0);
    });
  }

  test('runs inside an article’s iframe from the snippet, and an event opens the full dashboard apart', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/trade?from=2010');
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = await page.getByRole('textbox', { name: 'HTML snippet' }).inputValue();
    expect(snippet).toContain('embed=chart');
    await page.setContent(`<main style="width:600px">${snippet.replace('loading="lazy"', '')}</main>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('svg.trade-chart__svg')).toBeVisible();
    const inner = page.frames().find((f) => f.url().startsWith(baseURL!))!;
    const size = await inner.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      frame: innerHeight,
    }));
    expect(size.scroll).toBeLessThanOrEqual(size.frame);
    const popup = page.waitForEvent('popup');
    await frame.locator('a.trade-chart__event').focus();
    await page.keyboard.press('Enter');
    expect((await popup).url()).toMatch(/\/visits\?event=/);
  });
});

test.describe('the snippet in an article', () => {
  for (const width of [320, 1000]) {
    test(`the frame takes its view's height at ${width} px, with the snippet's script: no scrolling inside`, async ({
      page: site,
      context,
      baseURL,
    }) => {
      // The article is another page (the site's own CSP would block the snippet's script).
      const page = site;
      await page.goto('/ru/visits?from=2015');
      await page.getByRole('button', { name: 'Встроить' }).click();
      const snippet = await page.getByRole('textbox', { name: 'HTML-код' }).inputValue();
      // Named by what it shows, in the reader's language.
      expect(snippet).toContain('title="Визиты и соглашения – Отношения Вьетнама и Беларуси"');
      expect(snippet).toContain('<script>');
      const article = await context.newPage();
      await article.setViewportSize({ width, height: 900 });
      await article.setContent(
        `<main style="width:${width}px">${snippet.replace('loading="lazy"', '')}</main>`,
      );
      await expect(article.frameLocator('iframe').locator('.tl-svg')).toBeVisible();
      const inner = article.frames().find((f) => f.url().startsWith(baseURL!))!;
      await expect
        .poll(async () => {
          const size = await inner.evaluate(() => ({
            scroll: document.documentElement.scrollHeight,
            frame: innerHeight,
          }));
          return size.scroll - size.frame;
        })
        .toBeLessThanOrEqual(0);
      // The frame grew or shrank to the view: not the snippet's fixed height.
      await expect
        .poll(() => article.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
        .not.toBe(560);
    });
  }
});

test.describe('an embed’s footer', () => {
  for (const [path, data, image] of [
    ['/vi/trade?embed=chart&from=2010&to=2024', 'Dữ liệu (CSV)', 'Hình ảnh (PNG)'],
    ['/ru/visits?embed=chart', /^Скачать CSV/, 'Скачать PNG'],
    ['/partners?embed=chart', /^Download CSV/, 'Download PNG'],
  ] as const) {
    test(`offers the data and the image, in the page's language (${path})`, async ({ page }) => {
      await page.setViewportSize({ width: 600, height: FRAME_HEIGHT });
      await page.goto(path);
      // The picture is saved once it is drawn (the map loads its shapes first).
      await expect(page.locator('figure svg[role]').first()).toBeVisible();
      const footer = page.locator('figcaption');
      const csv = page.waitForEvent('download');
      await footer.getByRole('button', { name: data }).click();
      expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
      const png = page.waitForEvent('download');
      await footer.getByRole('button', { name: image }).click();
      expect((await png).suggestedFilename()).toMatch(/\.png$/);
    });
  }
});
