import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Drags a thumb `dx` px with the mouse from its centre, in small steps as a hand does. */
async function dragThumb(page: Page, name: 'Start year' | 'End year', dx: number) {
  const slider = page.getByRole('slider', { name });
  const box = (await slider.boundingBox())!;
  const min = Number(await slider.getAttribute('min'));
  const max = Number(await slider.getAttribute('max'));
  const value = Number(await slider.inputValue());
  // The thumb's centre: half a thumb (20 px) in from each end of the input.
  const x = box.x + 10 + ((value - min) / (max - min)) * (box.width - 20);
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(x + (dx * i) / 20, y);
  await page.mouse.up();
  return { slider, min, max };
}

test.describe('year slider', () => {
  test('a mouse drag of the start thumb from the full range follows the pointer', async ({ page }) => {
    await page.goto('/sources');
    const { slider, min } = await dragThumb(page, 'Start year', 200);
    expect(Number(await slider.inputValue()) - min).toBeGreaterThanOrEqual(10);
    expect(Number(new URL(page.url()).searchParams.get('from')) - min).toBeGreaterThanOrEqual(10);
  });

  test('a mouse drag of the end thumb from the full range follows the pointer', async ({ page }) => {
    await page.goto('/sources');
    const { slider, max } = await dragThumb(page, 'End year', -200);
    expect(max - Number(await slider.inputValue())).toBeGreaterThanOrEqual(10);
    expect(max - Number(new URL(page.url()).searchParams.get('to'))).toBeGreaterThanOrEqual(10);
  });
});

test.describe('year slider history', () => {
  test('ten arrow presses make one entry: Back returns to the range before them', async ({ page }) => {
    await page.goto('/sources?to=2020');
    const start = page.getByRole('slider', { name: 'Start year' });
    const min = Number(await start.getAttribute('min'));
    await start.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`from=${min + 10}`));
    await page.goBack();
    await expect(page).toHaveURL(/\/sources\?to=2020$/);
    await expect(start).toHaveValue(String(min));
    await page.goForward();
    await expect(start).toHaveValue(String(min + 10));
  });
});

test.describe('year slider by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('a finger drag of the start thumb follows the finger', async ({ page }) => {
    await page.goto('/sources');
    const toggle = page.locator('.drawer-toggle');
    if (await toggle.isVisible()) await toggle.click();
    const slider = page.getByRole('slider', { name: 'Start year' });
    const box = (await slider.boundingBox())!;
    const min = Number(await slider.getAttribute('min'));
    const cdp = await page.context().newCDPSession(page);
    const x = box.x + 10;
    const y = box.y + box.height / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: px, y }],
      });
    await touch('touchStart', x);
    for (let i = 1; i <= 20; i++) await touch('touchMove', x + i * 10);
    await touch('touchEnd', x + 200);
    expect(Number(await slider.inputValue()) - min).toBeGreaterThanOrEqual(10);
  });
});
