import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';

// Publishing the partner-cities map: Vietnam's archipelagos, image downloads, the chart-only embed.

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) &&
  Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);
const boxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );

for (const width of [360, 1280]) {
  test(`Hoàng Sa and Trường Sa are drawn as Vietnam and labelled, clear of the city labels, at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/partners');
    const vnFill = await page.locator('[data-country="VN"]').evaluate((el) => getComputedStyle(el).fill);
    const frame = (await boxes(page, '.partners-map__frame'))[1]!;
    for (const [id, name] of [
      ['hoang-sa', 'Hoang Sa (Paracel) Islands'],
      ['truong-sa', 'Truong Sa (Spratly) Islands'],
    ] as const) {
      const group = page.getByRole('img', { name });
      await expect(group).toHaveAttribute('data-archipelago', id);
      const marks = group.locator('circle');
      expect(await marks.count()).toBeGreaterThan(1);
      for (const mark of await marks.all()) {
        expect(await mark.evaluate((el) => getComputedStyle(el).fill)).toBe(vnFill);
        const b = (await mark.boundingBox())!;
        expect(b.width).toBeGreaterThanOrEqual(4);
        expect(b.x).toBeGreaterThan(frame.x);
        expect(b.x + b.width).toBeLessThan(frame.x + frame.width);
        expect(b.y + b.height).toBeLessThan(frame.y + frame.height);
      }
      await expect(group.locator('text')).toBeVisible();
    }
    await expect(page.locator('.partners-map__sea-label')).toHaveText('East Sea');
    const cities = await boxes(page, '.partners-map__label');
    const isles = await boxes(page, '.partners-map__island-label, .partners-map__sea-label');
    expect(cities.length).toBeGreaterThan(3);
    for (const i of isles) for (const c of cities) expect(overlap(i, c)).toBe(false);
  });
}

test('a Vietnamese map names the archipelagos as Vietnam’s and the sea as Biển Đông', async ({ page }) => {
  await page.goto('/partners?lang=vi');
  const hoangSa = page.locator('[data-archipelago="hoang-sa"] text');
  await expect(hoangSa).toHaveText('Quần đảo Hoàng Sa(Việt Nam)');
  await expect(page.locator('[data-archipelago="truong-sa"] text')).toHaveText(
    'Quần đảo Trường Sa(Việt Nam)',
  );
  await expect(page.locator('.partners-map__sea-label')).toHaveText('Biển Đông');
});

test('PNG and SVG downloads carry the title, sources, dashboard, link and the islands', async ({ page }) => {
  await page.goto('/partners?to=2024');
  await expect(page.locator('[data-archipelago="hoang-sa"] circle').first()).toBeVisible();
  const save = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return { file: download.suggestedFilename(), body: readFileSync((await download.path())!) };
  };

  const svg = await save('Download SVG');
  expect(svg.file).toBe('vietnam-belarus-partner-cities-2024.svg');
  const text = svg.body.toString('utf8');
  for (const line of [
    'Partner cities of Vietnam and Belarus: pairs as of 2024',
    'Sources: ',
    'BelTA',
    'Base map: Natural Earth',
    'Vietnam–Belarus Relations dashboard',
    'Hoang Sa (Paracel)',
    'Truong Sa (Spratly)',
    'East Sea',
  ])
    expect(text).toContain(line);
  expect(text).toMatch(/\d\/partners\?to=2024/);
  const [, w, h] = /<svg[^>]*width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(text)!;

  const png = await save('Download PNG');
  expect(png.file).toBe('vietnam-belarus-partner-cities-2024.png');
  expect(png.body.subarray(1, 4).toString()).toBe('PNG');
  // Drawn from the same titled and credited SVG, at twice its size.
  expect(png.body.readUInt32BE(16)).toBe(Math.round(Number(w) * 2));
  expect(png.body.readUInt32BE(20)).toBe(Math.round(Number(h) * 2));
});

for (const lang of ['en', 'vi']) {
  test(`/partners?embed=chart fits a 600 × 560 iframe with map, legend, credit and full-view link (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 600, height: 560 });
    await page.goto(`/partners?embed=chart&lang=${lang}&place=minsk`);
    const svg = page.locator('.partners-map__svg');
    await expect(svg).toBeVisible();
    await expect(page.locator('[data-archipelago="truong-sa"] circle').first()).toBeVisible();
    await expect(page.locator('.partners-legend')).toBeVisible();
    await expect(page.locator('.partners-embed__credit')).toHaveText(
      lang === 'vi' ? /^Nguồn: / : /^Sources: /,
    );
    const link = page.getByRole('link', { name: lang === 'vi' ? /Xem bản đồ đầy đủ/ : /View the full map/ });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('target', '_blank');
    const href = (await link.getAttribute('href'))!;
    expect(href).toContain('place=minsk');
    expect(href).not.toContain('embed');
    await expect(page.locator('table')).toHaveCount(0);
    await expect(page.locator('[data-testid="partners-details"]')).toHaveCount(0);
    const fits = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
      bottom: document.querySelector('.partners-embed')!.getBoundingClientRect().bottom,
    }));
    expect(fits.scroll).toBeLessThanOrEqual(fits.client);
    expect(fits.bottom).toBeLessThanOrEqual(560);
    expect(await axeViolations(page, ['.partners-embed'])).toEqual([]);
  });
}
