import { expect, test } from '@playwright/test';

// Every test here reads what the page copied.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Cite gives the exact view’s link, language and years, and copies BibTeX', async ({ page }) => {
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

test('a Russian reader gets a ГОСТ Р 7.0.100–2018 reference first, every word in Russian', async ({
  page,
}) => {
  await page.goto('/ru/visits?from=2015');
  await page.getByRole('button', { name: 'Цитировать' }).click();
  const dialog = page.getByRole('dialog', { name: 'Цитировать этот раздел' });
  const first = dialog.getByRole('textbox').first();
  await expect(first).toHaveAccessibleName(/ГОСТ Р 7\.0\.100–2018/);
  const gost = await first.inputValue();
  expect(gost).toMatch(
    /^Визиты и соглашения \/\/ Дашборд «Отношения Вьетнама и Беларуси» : \[сайт\]\. – Набор данных по состоянию на .+\. – URL: http:\/\/127\.0\.0\.1:\d+\/ru\/visits\?from=2015 \(дата обращения: \d{2}\.\d{2}\.\d{4}\)\. – Текст : электронный\.$/,
  );
  // No English word in it (the link aside).
  expect(gost.replace(/URL: \S+/, '')).not.toMatch(/[A-Za-z]{3,}/);
  await dialog.getByRole('button', { name: /^Копировать ГОСТ/ }).click();
  await expect(dialog.getByText(/ГОСТ.*скопировано/)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(gost);
});

test('Copy link leaves out a parameter the page named as ignored, and keeps the rest', async ({ page }) => {
  await page.goto('/trade?from=2010&flow=sideways');
  await expect(page.getByText(/“flow=sideways” was ignored/)).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.share > .share__status')).not.toBeEmpty();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.pathname).toBe('/trade');
  expect(copied.searchParams.get('from')).toBe('2010');
  expect(copied.searchParams.has('flow')).toBe(false);
});
