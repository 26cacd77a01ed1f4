/**
 * The year-step probe of `npm run bench`: from a keydown on the year slider to the first paint
 * that shows the changed view, on the real data and on data 100 × larger.
 */
import type { Browser, Page } from '@playwright/test';
import { readDataset } from '../../data/load-dataset.ts';

const STEPS = Number(process.env.BENCH_STEPS ?? 30);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * LCP, and for each keydown the time until the next paint after the view (`main`) has changed:
 * the probe waits for React's DOM update, then for the frame after it, so a paint that does not yet
 * show the new years is never counted. A step that changes nothing in `main` gives no sample.
 */
export const PAINT_PROBE = `
  window.__lcp = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  window.__steps = [];
  window.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    const main = document.querySelector('main');
    window.__changed?.disconnect(); // a step that changed nothing must not take the next one's paint
    if (!main) return;
    const changed = (window.__changed = new MutationObserver(() => {
      changed.disconnect();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__steps.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    }));
    changed.observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
  }, true);
`;

/** Scales the data files 100×: each record copied with a new id (never shipped, only served here). */
function scaled(records: { id: string }[], times: number) {
  const out: unknown[] = [];
  for (let i = 0; i < times; i++) for (const r of records) out.push({ ...r, id: `${r.id}-x${i}` });
  return out;
}

/** Median time from a keyboard step on the year slider to the next paint. */
export async function interaction(browser: Browser, base: string, path: string, scale: number) {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  await page.addInitScript(PAINT_PROBE);
  if (scale > 1) {
    const data = readDataset();
    for (const name of ['trade', 'official', 'events', 'partnerships'] as const) {
      const body = JSON.stringify(scaled(data[name], scale));
      await page.route(new RegExp(`/assets/${name}-[^/]+\\.json$`), (route) =>
        route.fulfill({ body, contentType: 'application/json' }),
      );
    }
  }
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const thumb = page.getByRole('slider', { name: 'End year' });
  await thumb.focus();
  // Start ten years before the end, where each step adds or removes records (the last years may
  // have none, and a step that changes nothing would measure nothing).
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(200);
  await page.evaluate(() => ((window as unknown as { __steps: number[] }).__steps = []));
  for (let i = 0; i < STEPS; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForTimeout(40);
  }
  const steps = await page.evaluate(() => (window as unknown as { __steps: number[] }).__steps);
  await context.close();
  if (steps.length < STEPS / 2)
    throw new Error(`${path}: only ${steps.length} of ${STEPS} steps changed the view`);
  return median(steps);
}
