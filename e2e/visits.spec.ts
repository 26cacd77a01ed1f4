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
  // A data regression fails every test here, naming what is missing, instead of skipping it.
  test.beforeEach(() => {
    expect(events.length, 'data/events.json needs at least 3 events').toBeGreaterThanOrEqual(3);
  });

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
    // Newest first: the second card is the second newest event.
    await expect(page).toHaveURL(new RegExp(`event=${events.at(-2)!.id}`));
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

  test("on a phone the timeline starts on the first screen and a search's first result follows it", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/visits');
    await waitLive(page);
    const chart = page.getByRole('group', { name: /^Timeline of events/ });
    await expect(chart).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    // A query that finds something in the current data: the place of the newest event that has one.
    const placeId = events.findLast(
      (e) => e.placeId && e.placeId !== 'vietnam' && e.placeId !== 'belarus',
    )?.placeId;
    const place = places.find((p) => p.id === placeId);
    expect(place, 'data/events.json needs an event at a city or region of data/places.json').toBeDefined();
    const query = place!.names.en;
    const expected = filterEvents(index, { kinds: [], levels: [], dirs: [], q: query });
    expect(expected.length).toBeGreaterThan(0);
    await page.getByRole('searchbox').fill(query);
    const count = page.locator('.visits-count');
    await expect(count).toHaveText(new RegExp(`^${expected.length} of ${events.length} events?$`));
    const first = page.locator('[data-event-toggle]').first();
    await expect(first).toHaveAttribute('id', `event-${expected.at(-1)!.id}-toggle`);
    // The key to the marks and the filter toggles fold away: the first result is close under the chart.
    const gap =
      (await first.boundingBox())!.y - ((await chart.boundingBox())!.y + (await chart.boundingBox())!.height);
    expect(gap).toBeLessThan(260);
    await expect(page.getByRole('toolbar', { name: 'Direction' })).toBeHidden();
    await expect(page.getByRole('list', { name: 'Shapes: level' })).toBeHidden();
    await page.getByRole('button', { name: 'Key to the marks' }).click();
    await expect(page.getByRole('list', { name: 'Shapes: level' })).toBeVisible();
  });
});

test.describe('visits: the visual timeline', () => {
  const marksOf = (page: import('@playwright/test').Page) =>
    page.getByRole('group', { name: /^Timeline of events/ }).getByRole('button');
  // The list's keys and the marks act once the app is live, not before.
  const openTimeline = async (page: import('@playwright/test').Page) => {
    await page.goto('/visits');
    await waitLive(page);
    return marksOf(page);
  };

  test("a click on a mark opens its event in the list, and the list's open event is marked", async ({
    page,
  }) => {
    const marks = await openTimeline(page);
    await expect(marks).toHaveCount(events.length);
    const target = events[Math.floor(events.length / 2)]!;
    const mark = page.locator(`#tl-mark-${target.id}`);
    // Hover names it: date, title and level. Hovered again if the marks moved under the pointer
    // (the chart takes its measured width once live; under load that can land after the hover).
    await expect(async () => {
      await mark.hover();
      await expect(page.locator('.tl-tip')).toContainText(target.title.en, { timeout: 1000 });
    }).toPass();
    await mark.click();
    await expect(page).toHaveURL(new RegExp(`event=${target.id}`));
    const toggle = page.locator(`#event-${target.id}-toggle`);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toBeInViewport();
    await expect(mark).toHaveAttribute('data-selected', 'true');
    await expect(mark.locator('.tl-ring')).toHaveCount(1);
  });

  test('the timeline is one Tab stop; arrows walk a lane and move between lanes; Enter opens', async ({
    page,
  }) => {
    const marks = await openTimeline(page);
    await expect(page.locator('.tl-mark[tabindex="0"]')).toHaveCount(1);
    await page.locator('.tl-mark[tabindex="0"]').focus();
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const lane = (id: string) => events.find((e) => `tl-mark-${e.id}` === id)!.direction;
    const start = await focused();
    await page.keyboard.press('Home');
    const home = await focused();
    expect(lane(home)).toBe(lane(start));
    await page.keyboard.press('ArrowRight');
    const next = await focused();
    expect(next).not.toBe(home);
    expect(lane(next)).toBe(lane(home));
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(home);
    await page.keyboard.press('End');
    expect(lane(await focused())).toBe(lane(home));
    // Down to the next lane that has marks.
    await page.keyboard.press(lane(home) === 'bilateral' ? 'ArrowUp' : 'ArrowDown');
    const other = await focused();
    expect(lane(other)).not.toBe(lane(home));
    await expect(page.locator('.tl-mark[tabindex="0"]')).toHaveCount(1);
    const name = await page.locator(`#${other}`).getAttribute('aria-label');
    expect(name!.split(', ').length).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Enter');
    const id = other.replace('tl-mark-', '');
    await expect(page).toHaveURL(new RegExp(`event=${id}`));
    await expect(page.locator(`#event-${id}-toggle`)).toHaveAttribute('aria-expanded', 'true');
    expect(await marks.count()).toBe(events.length);
  });

  test('a filter changes the marks as it changes the list', async ({ page }) => {
    await openTimeline(page);
    await page.getByRole('button', { name: /^Belarus → Vietnam \(\d+\)$/ }).click();
    const expected = filterEvents(index, { kinds: [], levels: [], dirs: ['by-to-vn'], q: '' });
    await expect(marksOf(page)).toHaveCount(expected.length);
    const lanes = await page.locator('.tl-mark').evaluateAll((els) =>
      els.map((e) => {
        const box = e.querySelector('.tl-shape')!.getBoundingClientRect();
        return box.y + box.height / 2;
      }),
    );
    expect(lanes.length).toBe(expected.length);
    // Every mark sits in the second lane.
    const laneTop = await page
      .locator('.tl-lane')
      .nth(1)
      .evaluate((g) => {
        const box = g.querySelector('rect')!.getBoundingClientRect();
        return { y: box.y, height: box.height };
      });
    for (const y of lanes) expect(y).toBeGreaterThanOrEqual(laneTop.y - 1);
    for (const y of lanes) expect(y).toBeLessThanOrEqual(laneTop.y + laneTop.height);
  });

  test('a drag across the overview chooses the years in one history entry', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/visits');
    await waitLive(page);
    const bars = page.locator('.visits-strip__bars');
    const box = (await bars.boundingBox())!;
    const years = await page.locator('.visits-strip__year').count();
    const xOf = (year: number) => box.x + ((year - 1957 + 0.5) / years) * box.width;
    await page.mouse.move(xOf(2000), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(xOf(2005), box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(xOf(2010), box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/from=2000&to=2010/);
    const expected = filterEvents(index, { kinds: [], levels: [], dirs: [], q: '', from: 2000, to: 2010 });
    await expect(marksOf(page)).toHaveCount(expected.length);
    await expect(page.getByRole('heading', { name: 'Timeline, 2000–2010' })).toBeVisible();
    await page.goBack();
    await expect(page).not.toHaveURL(/from=/);
    await expect(marksOf(page)).toHaveCount(events.length);
  });

  test('the timeline embeds alone, and downloads as SVG with its credits', async ({ page }) => {
    // Whole in the snippet's 600 × 560 frame, in the longest language too.
    await page.setViewportSize({ width: 600, height: 560 });
    await page.goto('/ru/visits?embed=chart');
    await expect(page.locator('.tl-svg')).toBeVisible();
    await expect(page.getByRole('link', { name: /Открыть всю хронологию/ })).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(560);
    await page.goto('/visits?embed=chart&from=2015');
    await expect(page.locator('.tl-svg')).toBeVisible();
    await expect(page.locator('.visits-layout')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /View the full timeline/ })).toHaveAttribute(
      'href',
      /\/visits\?from=2015/,
    );
    await page.goto('/visits');
    await waitLive(page);
    const download = page.waitForEvent('download');
    await page
      .getByRole('group', { name: 'Download the timeline' })
      .getByRole('button', { name: 'Download SVG' })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('vietnam-belarus-visits-1957-2026.svg');
    const svg = readFileSync((await file.path())!, 'utf8');
    expect(svg).toContain('Visits and agreements between Vietnam and Belarus, 1957–2026');
    expect(svg).toMatch(/Sources: /);
    expect(svg).toContain('/visits');
  });
});
