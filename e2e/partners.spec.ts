import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';
import { recordRequests } from './support/requests';

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
    const requests = recordRequests(page);
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
    expect(pairs.length, 'data/partnerships.json needs a partnership').toBeGreaterThan(0);
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
    expect(pairs.length, 'data/partnerships.json needs a partnership').toBeGreaterThan(0);
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
      expect(await axeViolations(page, ['main']), scheme).toEqual([]);
    }
  });

  test('a click on the Hanoi–Minsk line near Hanoi selects Hanoi–Minsk, not the Quang Ninh line beside it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/partners');
    // The map's shapes load once the view is live.
    await page.locator('[data-pair="hanoi-minsk"] .partners-map__pair-line').waitFor({ state: 'attached' });
    // A point on the Hanoi–Minsk curve, as close to Hanoi as the Quang Ninh–Minsk curve is within
    // a finger's width (where the two overlap) yet nearer to Hanoi–Minsk, and clear of the localities.
    const target = await page.evaluate(() => {
      const line = (id: string) =>
        document.querySelector<SVGPathElement>(`[data-pair="${id}"] .partners-map__pair-line`)!;
      const hanoi = line('hanoi-minsk');
      const other = line('quang-ninh-minsk');
      const ctm = hanoi.getScreenCTM()!;
      const screen = (p: DOMPoint) => new DOMPoint(p.x, p.y).matrixTransform(ctm);
      const otherPts = Array.from({ length: 801 }, (_, i) =>
        screen(other.getPointAtLength((other.getTotalLength() * i) / 800)),
      );
      // Localities (symbol and label, which turns bold while its pair is hovered) and islands,
      // with a margin: they take their own clicks.
      const taken = [...document.querySelectorAll('[data-place], [data-archipelago]')].map((el) =>
        el.getBoundingClientRect(),
      );
      const clear = (p: DOMPoint) =>
        taken.every((r) => p.x < r.left - 4 || p.x > r.right + 4 || p.y < r.top - 4 || p.y > r.bottom + 4);
      const total = hanoi.getTotalLength();
      for (let s = total; s > 0; s -= 0.5) {
        const p = screen(hanoi.getPointAtLength(s));
        const dOther = Math.min(...otherPts.map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
        if (clear(p) && dOther > 1.5 && dOther < 7) return { x: p.x, y: p.y };
      }
      return null;
    });
    expect(target, 'a point where the two lines run within 7 px').not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    await expect(page).toHaveURL(/pair=hanoi-minsk/);
    await expect(page.locator('svg [data-pair="hanoi-minsk"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('Escape in the Embed dialog closes the dialog and keeps the selected pair', async ({ page }) => {
    await page.goto('/partners?pair=hanoi-minsk');
    await expect(page.getByTestId('partners-details')).toBeVisible();
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(/pair=hanoi-minsk/);
    await expect(page.getByTestId('partners-details')).toBeVisible();
    // With the dialog gone, Escape clears the selection as before.
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/pair=/);
  });

  test('tells a mouse reader to hover or click, and names the keys', async ({ page }) => {
    await page.goto('/partners');
    await expect(page.locator('.partners-map__svg')).toBeVisible();
    await expect(page.locator('.partners-map__hint-pointer')).toHaveText(/^Hover over or click/);
    await expect(page.locator('.partners-map__hint-pointer')).toBeVisible();
    await expect(page.locator('.partners-map__hint-keys')).toBeVisible();
    await expect(page.locator('.partners-map__hint-touch')).toBeHidden();
  });

  const prefix = { en: '', vi: '/vi', ru: '/ru' } as const;
  for (const width of [360, 1280]) {
    for (const lang of ['en', 'vi', 'ru'] as const) {
      test(`map labels neither overlap nor run past the map's edges at ${width} px (${lang})`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        // As first drawn, and with Minsk selected: its label and its partners' turn bold (wider).
        for (const search of ['', '?place=minsk']) {
          await page.goto(`${prefix[lang]}/partners${search}`);
          await expect(page.locator('.partners-map__label').first()).toBeVisible();
          await page.evaluate(() => document.fonts.ready);
          const { boxes, svg, screen } = await page.evaluate(() => {
            const box = (el: Element) => {
              const r = el.getBoundingClientRect();
              return { text: el.textContent, x: r.x, y: r.y, w: r.width, h: r.height };
            };
            return {
              boxes: [
                ...document.querySelectorAll(
                  '.partners-map__label, .partners-map__island-label, .partners-map__sea-label, .partners-map__inset-title',
                ),
              ].map(box),
              svg: box(document.querySelector('.partners-map__svg')!),
              screen: document.documentElement.clientWidth,
            };
          });
          const where = `${lang}${search}`;
          expect(boxes.length, where).toBeGreaterThan(5);
          const clashes = boxes.flatMap((a, i) =>
            boxes
              .slice(i + 1)
              .filter(
                (b) =>
                  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
                  Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5,
              )
              .map((b) => `${a.text} / ${b.text}`),
          );
          expect(clashes, where).toEqual([]);
          // Cut: past the map's own box (the page around it may clip it) or off the screen.
          const cut = boxes
            .filter(
              (b) =>
                b.x < Math.max(svg.x, 0) - 0.5 ||
                b.x + b.w > Math.min(svg.x + svg.w, screen) + 0.5 ||
                b.y < svg.y - 0.5 ||
                b.y + b.h > svg.y + svg.h + 0.5,
            )
            .map((b) => b.text);
          expect(cut, where).toEqual([]);
        }
      });
    }
  }
});
