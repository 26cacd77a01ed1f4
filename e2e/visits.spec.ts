import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { DatasetEvent, Person, Place } from '../data/schema';
import { eventIndex, filterEvents } from '../src/features/visits/utils/filter-events';
import { waitLive } from './pages';

// Read at run time: the dataset grows, so the tests pick their events from it instead of naming them.
const places = JSON.parse(readFileSync('data/places.json', 'utf8')) as Place[];
const people = JSON.parse(readFileSync('data/people.json', 'utf8')) as Person[];
const index = eventIndex(
  JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetEvent[],
  places,
  people,
);
const events = filterEvents(index, { kinds: [], levels: [], dirs: [], q: '' });

test.describe('visits timeline', () => {
  test.skip(events.length < 3, 'needs a few events in data/events.json');

  test('an event link opens that event expanded, focused and scrolled into view, also in a new tab', async ({
    page,
    context,
  }) => {
    const target = events[events.length - 2]!;
    const url = `/visits?event=${target.id}`;
    await page.goto(url);
    const toggle = page.locator(`#event-${target.id}-toggle`);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toBeFocused();
    await expect(toggle).toBeInViewport();
    await expect(page.locator(`#event-${target.id}-details`)).toBeVisible();

    const other = await context.newPage();
    await other.goto(url);
    await expect(other.locator(`#event-${target.id}-toggle`)).toHaveAttribute('aria-expanded', 'true');
    await expect(other.locator(`#event-${target.id}-toggle`)).toBeFocused();
  });

  test('arrow keys move between events, Enter opens, Escape closes and the URL loses the event', async ({
    page,
  }) => {
    await page.goto('/visits');
    // Keys on the view's own widgets (roving focus) act once the app is live: not replayed.
    await waitLive(page);
    const toggles = page.locator('[data-event-toggle]');
    await expect(toggles.first()).toBeVisible();
    await toggles.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = toggles.nth(1);
    await expect(second).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(second).toBeFocused();
    // Only one event is a Tab stop.
    await expect(page.locator('[data-event-toggle][tabindex="0"]')).toHaveCount(1);

    await page.keyboard.press('Enter');
    await expect(second).toHaveAttribute('aria-expanded', 'true');
    await expect(page).toHaveURL(new RegExp(`event=${events[1]!.id}`));
    await expect(second).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(second).toHaveAttribute('aria-expanded', 'false');
    await expect(page).not.toHaveURL(/event=/);
    await expect(second).toBeFocused();
  });

  test('filters go into the URL and survive a reload', async ({ page }) => {
    await page.goto('/visits');
    // Keys on the view's own widgets (roving focus) act once the app is live: not replayed.
    await waitLive(page);
    const count = page.locator('.visits-count');
    await expect(count).toHaveText(new RegExp(`^${events.length} of ${events.length} events$`));

    await page.getByRole('button', { name: /^Belarus → Vietnam \(\d+\)$/ }).click();
    await page.getByRole('button', { name: /^Head of government \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/dir=by-to-vn/);
    await expect(page).toHaveURL(/level=head-of-government/);
    await page.getByRole('searchbox').fill('ha noi');
    await expect(page).toHaveURL(/q=ha\+noi/);

    const expected = filterEvents(index, {
      kinds: [],
      levels: ['head-of-government'],
      dirs: ['by-to-vn'],
      q: 'ha noi',
    }).length;
    await expect(count).toHaveText(new RegExp(`^${expected} of ${events.length} events?$`));
    const text = await count.textContent();

    await page.reload();
    await expect(count).toHaveText(text!);
    await expect(page.getByRole('button', { name: /^Belarus → Vietnam/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('button', { name: /^Head of government/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('searchbox')).toHaveValue('ha noi');
  });

  test('the year strip jumps to a year', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/visits');
    // Keys on the view's own widgets (roving focus) act once the app is live: not replayed.
    await waitLive(page);
    const last = events.at(-1)!.date.start.slice(0, 4);
    await page.getByRole('button', { name: new RegExp(`^${last}: \\d+ events?$`) }).click();
    const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^${last}`) });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });

  test('on a phone the count and the first result sit right below the search', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/visits');
    // A query that finds something in the current data: the place of the newest event that has one.
    const placeId = events.findLast((e) => e.placeId)?.placeId;
    const query = places.find((p) => p.id === placeId)?.names.en ?? '';
    test.skip(query === '', 'needs an event with a named place');
    const expected = filterEvents(index, { kinds: [], levels: [], dirs: [], q: query });
    const search = page.getByRole('searchbox');
    await expect(search).toBeInViewport();
    await search.fill(query);
    const count = page.locator('.visits-count');
    await expect(count).toHaveText(new RegExp(`^${expected.length} of ${events.length} events?$`));
    await expect(count).toBeInViewport({ ratio: 1 });
    const first = page.locator('[data-event-toggle]').first();
    await expect(first).toHaveAttribute('id', `event-${expected[0]!.id}-toggle`);
    await expect(first).toBeInViewport({ ratio: 1 });
    // The toggles wait behind a closed button until asked for.
    const fold = page.getByRole('button', { name: /^Filters/ });
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('toolbar', { name: 'Direction' })).toBeHidden();
    await fold.click();
    await expect(page.getByRole('toolbar', { name: 'Direction' })).toBeVisible();
  });
});
