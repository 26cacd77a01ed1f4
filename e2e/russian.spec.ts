import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { DatasetEvent, Place } from '../data/schema';
import { fontsOf } from './fonts';

const places = JSON.parse(readFileSync('data/places.json', 'utf8')) as Place[];
const hanoi = places.find((p) => p.id === 'hanoi');
const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetEvent[];
// The latest event Lukashenko takes part in (participants are stored in Latin letters).
const withLukashenko = events.findLast((e) => e.participants.includes('Alexander Lukashenko'));

/** The view has finished loading: its heading is shown and no skeleton is left. */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
}

test.describe('Russian', () => {
  for (const locale of ['ru-BY', 'be-BY']) {
    test(`a ${locale} browser gets Russian without a lang in the link`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await settled(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Вьетнам и Беларусь: обзор' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
      // Russian figures, in Russian words.
      await expect(page.getByText(/млн\s+долларов\s+США/).first()).toBeVisible();
      await context.close();
    });
  }

  test('a link’s lang wins over a Russian browser', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-BY' });
    const page = await context.newPage();
    await page.goto('/sources?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('search finds events by a Russian place name and a Russian surname', async ({ page }) => {
    expect(hanoi?.names.ru, 'data/places.json needs the Russian name of Hanoi').toBeTruthy();
    await page.goto('/visits?lang=ru');
    await settled(page);
    const count = page.locator('.visits-count');
    const all = await count.textContent();
    const search = page.getByRole('searchbox', { name: 'Поиск по заголовкам, участникам и местам' });
    await search.fill(hanoi!.names.ru!.toLowerCase());
    await expect(page).toHaveURL(/q=/);
    await expect(count).not.toHaveText(all!);
    const cards = page.locator('[data-event-id]');
    await expect(cards.first()).toBeVisible();
    await expect(page.locator('.visits-card__place', { hasText: hanoi!.names.ru! }).first()).toBeVisible();
    await search.fill('лукашенко');
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeGreaterThan(1);
    await search.fill('щщщ');
    await expect(page.getByText('Нет событий, отвечающих этим фильтрам.')).toBeVisible();
  });

  test('an opened event names its participants in Russian', async ({ page }) => {
    expect(withLukashenko, 'data/events.json needs an event with Alexander Lukashenko').toBeDefined();
    const id = withLukashenko!.id;
    await page.goto(`/visits?lang=ru&event=${id}`);
    await settled(page);
    await expect(page.locator(`#event-${id}-toggle`)).toHaveAttribute('aria-expanded', 'true');
    const participants = page.locator(`#event-${id}-details p`, { hasText: 'Участники:' });
    await expect(participants).toContainText('Лукашенко');
    await expect(participants).not.toContainText('Lukashenko');
  });

  for (const route of ['/', '/trade', '/visits', '/partners', '/sources', '/about']) {
    test(`${route} draws its Russian headings in the web font alone`, async ({ page }) => {
      await page.goto(`${route}?lang=ru`);
      await settled(page);
      await page.evaluate(() => document.fonts.ready);
      const fonts = await fontsOf(page, 'h1, h2, .site-title, .site-nav a');
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font).toMatch(/^Inter( SemiBold)?, web font$/);
    });
  }
});
