import { expect, test } from '@playwright/test';
import { waitLive } from './pages';

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
});
