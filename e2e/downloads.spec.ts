import { expect, test } from '@playwright/test';

test('About offers the whole dataset as a zip made at build', async ({ page, request }) => {
  await page.goto('/about');
  const link = page.getByRole('link', { name: /Download the whole dataset/ });
  await expect(link).toBeVisible();
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  const body = await response.body();
  // A zip starts with "PK" and lists the codebook among its entries.
  expect(body.subarray(0, 2).toString()).toBe('PK');
  expect(body.includes(Buffer.from('codebook.md'))).toBe(true);
  expect(body.includes(Buffer.from('csv/official.csv'))).toBe(true);
});
