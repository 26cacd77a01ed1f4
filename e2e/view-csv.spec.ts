/**
 * "Download CSV" on Visits, Partners and Sources saves exactly what the page lists with a filter
 * set (same rows, same order, same first row), as UTF-8 with a byte-order mark, and a
 * double-click saves one file.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { expectOneFilePerDoubleClick } from './support/downloads';

async function download(
  page: Page,
  name: RegExp,
): Promise<{ file: Download; rows: Record<string, string>[] }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { file, rows: parsed.data };
}

test.describe('Download CSV of what a view lists', () => {
  test('Visits: the events of the filtered timeline, one per row', async ({ page }) => {
    await page.goto('/visits?kind=agreement,visit&from=2010&to=2024');
    const cards = page.locator('.visits-year__events > li');
    await expect(cards.first()).toBeVisible();
    const ids = await cards.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.eventId));
    const label = new RegExp(`^Download CSV \\(${ids.length} events?\\)$`);
    await expect(page.getByRole('button', { name: label })).toHaveAccessibleDescription(
      new RegExp(`Saves the ${ids.length} events? listed here`),
    );
    const { file, rows } = await download(page, label);
    expect(file.suggestedFilename()).toBe('vietnam-belarus-visits-visit-agreement-2010-2024.csv');
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows[0]!.title).toBe(await cards.first().locator('.visits-card__title').textContent());
    expect(rows[0]!.date).toBe(await cards.first().locator('.visits-card__date').textContent());
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['agreement', 'visit']));
    for (const r of rows) expect(r.source_ids).not.toBe('');
  });

  test('Visits in Vietnamese: titles in Vietnamese, the search in the file name', async ({ page }) => {
    await page.goto('/visits?q=minsk&lang=vi');
    const cards = page.locator('.visits-year__events > li');
    await expect(cards.first()).toBeVisible();
    const count = await cards.count();
    const { file, rows } = await download(page, new RegExp(`^Tải CSV \\(${count} sự kiện\\)$`));
    expect(file.suggestedFilename()).toMatch(/^vietnam-belarus-visits-minsk-\d{4}-\d{4}\.csv$/);
    expect(rows).toHaveLength(count);
    expect(rows[0]!.title).toBe(await cards.first().locator('.visits-card__title').textContent());
  });

  test('Partners: the pairs of the filtered table, in its order', async ({ page }) => {
    await page.goto('/partners?status=signed&sort=-since');
    const rowsShown = page.locator('.partners-table tbody tr[data-pair]');
    await expect(rowsShown.first()).toBeVisible();
    const ids = await rowsShown.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.pair));
    const { file, rows } = await download(page, new RegExp(`^Download CSV \\(${ids.length} pairs?\\)$`));
    expect(file.suggestedFilename()).toMatch(/^vietnam-belarus-partners-signed-until-\d{4}\.csv$/);
    expect(rows.map((r) => r.id)).toEqual(ids);
    const firstCells = rowsShown.first().locator('td');
    expect(rows[0]!.vn_place).toBe((await firstCells.nth(0).textContent())!.trim());
    expect(rows[0]!.by_place).toBe((await firstCells.nth(1).textContent())!.trim());
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['signed']));
  });

  test('Sources: the sources of the chosen years, newest first', async ({ page }) => {
    await page.goto('/sources?from=2020&to=2024');
    const rowsShown = page.locator('table tbody tr');
    await expect(rowsShown.first()).toBeVisible();
    const ids = await rowsShown.evaluateAll((els) => els.map((el) => el.id.replace(/^source-/, '')));
    const { file, rows } = await download(page, new RegExp(`^Download CSV \\(${ids.length} sources?\\)$`));
    expect(file.suggestedFilename()).toBe('vietnam-belarus-sources-2020-2024.csv');
    expect(rows.map((r) => r.id)).toEqual(ids);
    // Dates are kept as text for a spreadsheet; the first is the table's first.
    expect(rows[0]!.date).toBe(`="${(await rowsShown.first().locator('td').first().textContent())!.trim()}"`);
    expect(rows[0]!.publisher).toBe(await rowsShown.first().locator('.source-publisher').textContent());
  });

  test('a double-click saves one file', async ({ page }) => {
    await page.goto('/sources?from=2020&to=2024');
    const button = page.getByRole('button', { name: /^Download CSV/ });
    expect(await expectOneFilePerDoubleClick(page, button)).toBe('vietnam-belarus-sources-2020-2024.csv');
  });
});
