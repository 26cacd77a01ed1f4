import { expect, test } from '@playwright/test';

test('Cite gives the exact view’s link, language and years, and copies BibTeX', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/vi/trade?from=2010');
  const cite = page.getByRole('button', { name: 'Trích dẫn' });
  await cite.click();
  const dialog = page.getByRole('dialog', { name: 'Trích dẫn trang này' });
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Sao chép BibTeX' }).click();
  await expect(dialog.getByText('Đã sao chép BibTeX')).toBeVisible();
  const bibtex = await page.evaluate(() => navigator.clipboard.readText());
  expect(bibtex).toMatch(/^@misc\{vnby-trade-\d{4}-\d{2}-\d{2},/);
  const url = new URL(/url\s+= \{([^}]+)\}/.exec(bibtex)![1]!);
  expect(url.origin).toBe(new URL(page.url()).origin);
  expect(url.pathname).toBe('/vi/trade');
  expect(url.searchParams.get('from')).toBe('2010');

  // Escape closes the panel and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cite).toBeFocused();
});
