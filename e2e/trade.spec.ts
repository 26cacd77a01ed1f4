import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { waitLive } from './pages';

test.describe('trade view', () => {
  test('a deep link restores flow, tab and years, also after a reload', async ({ page }) => {
    await page.goto('/trade?flow=exports&from=2015&to=2022&tab=table');
    const check = async () => {
      await expect(page.getByRole('radio', { name: 'Vietnam’s exports' })).toBeChecked();
      await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('slider', { name: 'Start year' })).toHaveValue('2015');
      await expect(page.getByRole('slider', { name: 'End year' })).toHaveValue('2022');
      // The IMF cells of these years (Vietnam's exports 2015–2017, Belarus's imports 2015–2020)
      // are all listed, so the loop below checks rows that exist; press figures come on top.
      await expect(page.locator('.trade-table tbody tr[data-id^="dots-"]')).toHaveCount(9);
      for (const year of await page.locator('.trade-table tbody tr td:first-child').allTextContents()) {
        expect(Number(year)).toBeGreaterThanOrEqual(2015);
        expect(Number(year)).toBeLessThanOrEqual(2022);
      }
    };
    await check();
    await page.reload();
    await check();
  });

  test('the official years show both sides’ lines for both directions, with Vietnam’s missing exports as a gap', async ({
    page,
  }) => {
    for (const flow of ['exports', 'imports']) {
      await page.goto(`/trade?from=1992&to=2020&flow=${flow}`);
      const line = (side: string) => page.locator(`path.trade-line.trade-series-${side}`);
      await expect(line('VN')).toHaveCount(1);
      await expect(line('BY')).toHaveCount(1);
      if (flow === 'exports') {
        // 1992–2000 and 2014–2017: two pieces, nothing drawn across 2001–2013.
        const d = (await line('VN').getAttribute('d'))!;
        expect(d.match(/M/g)).toHaveLength(2);
      }
    }
    await page.goto('/trade?from=1992&to=2020&flow=exports&tab=table');
    await expect(page.locator('.trade-table tbody tr').first()).toBeVisible();
    const years = await page
      .locator('.trade-table tbody tr[data-id^="dots-vn-exports-by-"] td:first-child')
      .allTextContents();
    expect(years.map(Number).filter((y) => y >= 2001 && y <= 2013)).toEqual([]);
    expect(years).toContain('2014');
  });

  test('hovering a point names its year and its publisher, as the table names it', async ({ page }) => {
    await page.goto('/trade');
    await waitLive(page);
    const focus = page.locator('.trade-chart__focus');
    await focus.scrollIntoViewIfNeeded();
    const id = await focus.getAttribute('data-id');
    const ring = focus.locator('circle');
    const box = (await ring.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await page.getByRole('tab', { name: 'Table' }).click();
    const row = page.locator(`.trade-table tr[data-id="${id}"]`);
    const year = (await row.locator('td').first().textContent())!;
    await page.getByRole('tab', { name: 'Chart' }).click();
    await focus.scrollIntoViewIfNeeded();
    const again = (await ring.boundingBox())!;
    await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2);
    await expect(page.getByRole('tooltip').locator('.trade-year__title')).toHaveText(year);
  });

  test('the pointer picks the nearest year, names it on the axis and says which side reported nothing', async ({
    page,
  }) => {
    await page.goto('/trade');
    await waitLive(page);
    const plot = (await page.locator('.trade-chart-box svg > .trade-chart__hit').boundingBox())!;
    const tick = (await page.locator('.trade-chart__tick', { hasText: /^2019$/ }).boundingBox())!;
    // High above every mark of 2019, a little off its tick: the year, not a point, is picked.
    await page.mouse.move(tick.x + tick.width / 2 + 6, plot.y + 20);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip.locator('.trade-year__title')).toHaveText('2019');
    await expect(tooltip).toContainText('Vietnam reported no figure to the IMF for 2019');
    await expect(tooltip).toContainText('Belarus (IMF)');
    await expect(page.locator('.trade-chart__pointer text')).toHaveText('2019');
    // A click marks that year and lists its figures under the chart.
    await page.mouse.click(tick.x + tick.width / 2 + 6, plot.y + 20);
    await expect(page).toHaveURL(/[?&]year=2019/);
    await expect(page.locator('.trade-highlight')).toContainText('2019');
  });

  for (const [lang, prefix] of [
    ['en', ''],
    ['vi', '/vi'],
    ['ru', '/ru'],
  ] as const) {
    test(`at 1280 × 900 the whole plot, its year axis included, is on the first screen (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${prefix}/trade`);
      const ticks = page.locator('.trade-chart-box .trade-chart__grid text[text-anchor="middle"]');
      await expect(ticks.first()).toBeVisible();
      const boxes = await ticks.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom));
      expect(boxes.length).toBeGreaterThan(10);
      expect(Math.max(...boxes)).toBeLessThanOrEqual(900);
    });
  }

  test('points are reachable by keyboard, and choosing one never moves the chart', async ({ page }) => {
    await page.goto('/trade');
    const focus = page.locator('.trade-chart__focus');
    // Focus moved before the app is live shows nothing until the next move: wait for it.
    await waitLive(page);
    await focus.focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    const first = await focus.getAttribute('data-id');
    await page.keyboard.press('ArrowRight');
    await expect(focus).not.toHaveAttribute('data-id', first!);
    await expect(focus).toBeFocused();
    const before = (await page.locator('.trade-chart').boundingBox())!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]year=\d{4}/);
    await expect(page.locator('.trade-highlight')).toBeVisible();
    const after = (await page.locator('.trade-chart').boundingBox())!;
    expect(after.y).toBe(before.y);
    expect(after.height).toBe(before.height);
  });

  test('the legend names every mark and badge the chart draws', async ({ page }) => {
    await page.goto('/trade');
    const legend = page.locator('.trade-chart__legend');
    for (const text of [
      'IMF statistics, as Vietnam reports',
      'IMF statistics, as Belarus reports',
      'in the news, Vietnamese side',
      'hollow: part of a year',
      'figure or year uncertain',
      'another source disagrees',
      'top-level visit or agreement',
    ]) {
      await expect(legend).toContainText(text);
    }
  });

  test('the CSV download holds exactly the rows of the table, in order', async ({ page }) => {
    await page.goto('/trade?tab=table&from=2010&to=2024&sort=value-desc');
    await expect(page.locator('.trade-table tbody tr').first()).toBeVisible();
    const ids = await page
      .locator('.trade-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id));
    expect(ids.length).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^vietnam-belarus-trade-total-\d{4}-\d{4}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.id)).toEqual(ids);
    expect(parsed.meta.fields).toEqual(
      expect.arrayContaining(['kind', 'figure_ids', 'basis', 'cell', 'publisher', 'title', 'url', 'quote']),
    );
    // Official statistics and press figures are both there, each named as its kind.
    expect(new Set(parsed.data.map((r) => r.kind))).toEqual(new Set(['official', 'press']));
    for (const row of parsed.data) expect(row.publisher).not.toBe('');
  });

  test('the chart downloads as a standalone SVG and as a PNG', async ({ page }) => {
    await page.goto('/trade');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).not.toContain('var(--');
    // A reused image names its sources, the dashboard and the view it came from.
    expect(svg).toContain('Sources: IMF, Direction of Trade Statistics');
    expect(svg).toContain('Vietnam–Belarus Relations dashboard');
    // The publishers of the news figures drawn, so a reused image credits them.
    expect(svg).toMatch(/Figures quoted in the news: [^<]*(VnExpress|BelTA|VNA)/);
    expect(svg).toMatch(/http:\/\/127\.0\.0\.1:\d+\/trade[?<]/);
    expect(svg).toMatch(/stroke:\s?rgb/);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  test('an event marker opens the event in Visits, keeping the years', async ({ page }) => {
    await page.goto('/trade?from=2010');
    // A shared link's view is rendered on the client over its page's frame.
    await waitLive(page);
    const marker = page.locator('a.trade-chart__event');
    await marker.scrollIntoViewIfNeeded();
    const box = (await marker.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByRole('tooltip')).toContainText('Open in Visits');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/visits\?.*event=[a-z0-9-]+/);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2010');
  });

  test('markers=0 hides the events; reads at 360 px without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/trade?markers=0');
    await expect(page.locator('.trade-chart__focus')).toBeVisible();
    await expect(page.locator('a.trade-chart__event')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('the comparison with other partners draws its marks when reached, and the scale toggles in the URL', async ({
    page,
  }) => {
    await page.goto('/trade?lang=en');
    const section = page.locator('section[aria-labelledby="trade-context-title"]');
    await section.scrollIntoViewIfNeeded();
    // On the log scale a dot per row of the list that screen readers read; linear, a bar from zero.
    const marks = section.locator('.context-chart__mark');
    await expect(section.locator('.context-chart__dot').first()).toBeVisible();
    expect(await marks.count()).toBe(await section.locator('.trade-context__a11y li').count());
    const linear = section.getByRole('radio', { name: 'Linear' });
    await linear.click();
    await expect(page).toHaveURL(/[?&]cscale=linear/);
    await expect(linear).toBeChecked();
    await expect(section.locator('.context-chart__bar').first()).toBeVisible();
  });
});

for (const [lang, prefix] of [
  ['en', ''],
  ['vi', '/vi'],
  ['ru', '/ru'],
] as const) {
  test(`at 360 px no label of the trade chart collides with another or is cut (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${prefix}/trade`);
    await waitLive(page);
    const svg = page.locator('.trade-chart-box svg.trade-chart__svg');
    await expect(svg).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const { frame, boxes } = await svg.evaluate((el) => {
      const r = el.getBoundingClientRect();
      // Each line of text on its own (a wrapped title or legend label is several tspans).
      const lines = [...el.querySelectorAll('text')].flatMap((t) =>
        t.querySelector('tspan') ? [...t.querySelectorAll('tspan')] : [t],
      );
      return {
        frame: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
        boxes: lines
          .map((t) => ({ text: t.textContent ?? '', ...t.getBoundingClientRect().toJSON() }))
          .filter((b) => b.text.trim() && b.width > 0),
      };
    });
    expect(boxes.length).toBeGreaterThan(15);
    for (const b of boxes) {
      expect(b.left, `"${b.text}" cut on the left`).toBeGreaterThanOrEqual(frame.left - 0.5);
      expect(b.right, `"${b.text}" cut on the right`).toBeLessThanOrEqual(frame.right + 0.5);
    }
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) overlaps.push(`"${a.text}" × "${b.text}"`);
      }
    expect(overlaps).toEqual([]);
  });
}

test('at 360 px the table’s cards show every value whole, in Russian', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/ru/trade?tab=table');
  const cells = page.locator('.trade-table tbody td');
  await expect(cells.first()).toBeVisible();
  const cut = await cells.evaluateAll((tds) =>
    tds
      .filter((td) => td.scrollWidth > td.clientWidth + 1 || td.getBoundingClientRect().right > innerWidth)
      .map((td) => td.textContent),
  );
  expect(await cells.count()).toBeGreaterThan(100);
  expect(cut).toEqual([]);
});
