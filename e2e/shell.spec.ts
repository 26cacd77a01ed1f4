import { expect, test } from '@playwright/test';

test.describe('app shell', () => {
  for (const [path, heading] of [
    ['/', /at a glance/i],
    ['/trade', /trade/i],
    ['/visits', /visit/i],
    ['/partners', /partner/i],
    ['/sources', /sources/i],
  ] as const) {
    test(`renders ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('slider', { name: 'Start year' })).toBeVisible();
    });
  }

  test('opens a deep link with the year filter set, and keeps it on reload', async ({ page }) => {
    await page.goto('/sources?from=2010&to=2020');
    await expect(page.getByRole('slider', { name: 'Start year' })).toHaveValue('2010');
    await expect(page.getByRole('slider', { name: 'End year' })).toHaveValue('2020');
    await page.reload();
    await expect(page.getByRole('spinbutton', { name: 'Start year' })).toHaveValue('2010');
    await expect(page.getByRole('spinbutton', { name: 'End year' })).toHaveValue('2020');
  });

  test('changing the filter updates the URL; Back restores the previous range', async ({ page }) => {
    await page.goto('/?from=2010');
    const end = page.getByRole('slider', { name: 'End year' });
    await end.focus();
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/to=\d{4}/);
    const to = new URL(page.url()).searchParams.get('to');
    // Quick steps make one history entry; after a pause the next step is a new one.
    await page.waitForTimeout(800);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(new RegExp(`to=${Number(to) - 1}`));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`to=${to}`));
    await expect(end).toHaveValue(String(to));
    await page.reload();
    await expect(page.getByRole('slider', { name: 'End year' })).toHaveValue(String(to));
  });

  test('dragging a thumb adds one history entry, not one per year', async ({ page }) => {
    await page.goto('/sources');
    // The start thumb (20 px) sits at the left end of the track when no range is set.
    const box = (await page.getByRole('slider', { name: 'Start year' }).boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 10, y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + 10 + i * 15, y);
    await page.mouse.up();
    await expect(page).toHaveURL(/from=\d{4}/);
    await page.goBack();
    await expect(page).not.toHaveURL(/from=/);
  });

  test('a click on the track moves the nearer thumb there', async ({ page }) => {
    await page.goto('/sources');
    const end = page.getByRole('slider', { name: 'End year' });
    const max = Number(await end.inputValue());
    const box = (await end.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/sources\?to=\d{4}$/);
    const to = Number(new URL(page.url()).searchParams.get('to'));
    expect(to).toBeLessThan(max);
    await expect(end).toHaveValue(String(to));
    await expect(page.getByRole('slider', { name: 'Start year' })).not.toHaveValue(String(to));
  });

  test('an unknown path shows Not found with a link home', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the overview' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /at a glance/i })).toBeVisible();
  });

  test('a bad param is named and ignored while the view still works', async ({ page }) => {
    await page.goto('/?from=abc&to=2020');
    await expect(page.getByText('“from=abc” was ignored.')).toBeVisible();
    await expect(page.getByRole('slider', { name: 'End year' })).toHaveValue('2020');
  });

  test('prints the content without the controls', async ({ page }) => {
    await page.goto('/visits?from=2023&to=2023');
    await page.emulateMedia({ media: 'print' });
    // An event's date and title are on its toggle button: they must print.
    await expect(page.locator('.visits-card__toggle').first()).toBeVisible();
    await expect(page.locator('.visits-card__toggle').first()).toContainText('2023');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.getByRole('group', { name: /filter/i }).first()).toBeHidden();

    await page.goto('/partners');
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader', { name: /Vietnamese locality/ })).toBeVisible();
    await expect(table.getByRole('button', { name: /Hanoi/ }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden();
  });
});
