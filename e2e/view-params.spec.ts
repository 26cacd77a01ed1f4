import { expect, test } from '@playwright/test';
import { waitLive } from './pages';

const SHOTS = process.env.PARAMS_SHOTS;

test.describe('one shape for view params', () => {
  test('an event mark opened in a new tab shows the view a click shows, years included', async ({
    page,
    context,
  }) => {
    await page.goto('/vi/trade?from=2010&to=2020');
    await waitLive(page);
    const mark = page.locator('a.trade-chart__event');
    await mark.scrollIntoViewIfNeeded();
    const href = (await mark.getAttribute('href'))!;
    const linked = new URL(href, page.url());
    expect(linked.pathname).toBe('/vi/visits');
    expect([linked.searchParams.get('from'), linked.searchParams.get('to')]).toEqual(['2010', '2020']);

    const tab = await context.newPage();
    await tab.goto(href);
    await expect(tab.locator('.visits-count')).toBeVisible();
    const inTab = (await tab.locator('.visits-count').textContent())!;

    const box = (await mark.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/visits\?/);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(href);
    await expect(page.locator('.visits-count')).toHaveText(inTab);
  });

  test('older links open the same order without a notice and are rewritten on the next change', async ({
    page,
  }) => {
    await page.goto('/partners?sort=since-desc&undated=false&lang=en');
    const since = page.getByRole('columnheader', { name: /Since/ });
    await since.scrollIntoViewIfNeeded();
    await expect(since).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByText(/was ignored/)).toHaveCount(0);
    await page
      .getByRole('columnheader', { name: /Status/ })
      .getByRole('button')
      .click();
    await expect(page).toHaveURL(/sort=status/);
    expect(new URL(page.url()).searchParams.get('undated')).toBe('0');
  });

  test('screenshots for review', async ({ page }) => {
    test.skip(!SHOTS, 'set PARAMS_SHOTS to a folder to write them');
    test.setTimeout(240_000);
    for (const width of [360, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const lang of ['en', 'vi']) {
          const name = `${width}-${scheme}-${lang}`;
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(`/trade?from=2010&to=2020&lang=${lang}`);
          const mark = page.locator('a.trade-chart__event');
          await mark.focus();
          await page.locator('.trade-chart').screenshot({ path: `${SHOTS}/trade-mark-${name}.png` });
          await page.goto(`/trade?from=2010&to=2020&tab=table&sort=value-desc&lang=${lang}`);
          const table = page.locator('table.data-table').first();
          await table.waitFor();
          await table.evaluate((t) => t.scrollIntoView({ block: 'start' }));
          await page.screenshot({ path: `${SHOTS}/trade-old-sort-${name}.png` });
        }
      }
    }
  });
});
