/**
 * The phone profile of `npm run bench`: what a new reader on a mid-range phone feels (issue #17).
 * Each load gets a fresh browser context (empty cache, no service worker yet), 1.6 Mbps down,
 * 750 kbps up, 150 ms round trip and a CPU slowed 4× through the Chrome DevTools Protocol, in a
 * 360 × 740 touch viewport. Every page is loaded BENCH_PHONE_LOADS times (default 5), medians.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { READY_PROBE, waitReady, type BenchPage } from './static.ts';

export const PHONE_LOADS = Number(process.env.BENCH_PHONE_LOADS ?? 5);
export const PHONE_VIEWPORT: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
/** Budgets (docs/performance.md): reported, never enforced. */
export const PHONE_BUDGETS = { defaultRatio: 1.2, sharedRatio: 2.5, cls: 0.02, fcpRatio: 1.15 };

/**
 * In the page before any of its scripts: LCP, CLS (largest session window of shifts without recent
 * input, as Chrome's CLS), the moment the live app has taken over (READY_PROBE), and
 * the moment a keypress first changed the URL (history calls after a keydown).
 */
const PROBE = `
  window.__m = { lcp: 0, cls: 0, key: 0, answered: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __m.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  let win = 0, first = 0, last = -Infinity;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      if (e.hadRecentInput) continue;
      if (e.startTime - last > 1000 || e.startTime - first > 5000) { win = 0; first = e.startTime; }
      win += e.value; last = e.startTime; __m.cls = Math.max(__m.cls, win);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  ${READY_PROBE}
  addEventListener('keydown', (e) => { if (!__m.key) __m.key = e.timeStamp; }, true);
  for (const k of ['pushState', 'replaceState']) {
    const original = history[k];
    history[k] = function (...args) {
      const before = location.href;
      const result = original.apply(this, args);
      if (__m.key && !__m.answered && location.href !== before) __m.answered = performance.now();
      return result;
    };
  }
`;

interface Sample {
  fcp: number;
  lcp: number;
  cls: number;
  /** Bytes over the wire (document and resources) that had arrived by LCP. */
  bytes: number;
  /** Live app ready plus the time a keypress then took to change the URL; NaN for static pages. */
  input: number;
}

/** A fresh context (empty cache, no service worker) with the phone's viewport, network and CPU. */
export async function phoneContext(browser: Browser) {
  const context = await browser.newContext(PHONE_VIEWPORT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1.6e6 / 8,
    uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

async function phoneLoad(browser: Browser, url: string, app: boolean): Promise<Sample> {
  const { context, page } = await phoneContext(browser);
  await page.addInitScript(PROBE);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (app) await waitReady(page, 60_000);
    await page.evaluate(() => document.fonts.ready);
    // Time for a last, late LCP candidate (a chart drawn just after the swap) to be reported.
    await page.waitForTimeout(app ? 500 : 300);
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    const m = await page.evaluate(() => {
      const w = window as unknown as { __m: { lcp: number; cls: number }; __ready: number };
      const arrived = [
        ...performance.getEntriesByType('navigation'),
        ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
          (r) => r.responseEnd <= w.__m.lcp,
        ),
      ] as PerformanceResourceTiming[];
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        lcp: w.__m.lcp,
        cls: w.__m.cls,
        ready: w.__ready,
        bytes: arrived.reduce((sum, r) => sum + (r.transferSize || r.encodedBodySize), 0),
      };
    });
    return { ...m, input: app ? m.ready + (await keyLatency(page, url)) : NaN };
  } finally {
    await context.close();
  }
}

/** Presses ArrowLeft on the end-year slider (opening the phone's filter drawer first): ms until the URL changes. */
async function keyLatency(page: Page, url: string): Promise<number> {
  // The end thumb, by place rather than by name: its name is in the page's language.
  const thumb = page.locator('#root input[type=range]').nth(1);
  if (!(await thumb.isVisible())) await page.locator('#root .drawer-toggle').click();
  await thumb.focus();
  await page.keyboard.press('ArrowLeft');
  try {
    await page.waitForFunction(
      () => (window as unknown as { __m: { answered: number } }).__m.answered > 0,
      undefined,
      {
        timeout: 10_000,
        polling: 100,
      },
    );
  } catch {
    throw new Error(`${url}: a keypress on the end-year slider did not change the URL`);
  }
  return page.evaluate(() => {
    const m = (window as unknown as { __m: { key: number; answered: number } }).__m;
    return m.answered - m.key;
  });
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export interface PhoneRow {
  page: string;
  path: string;
  kind: BenchPage['kind'];
  fcp: number;
  lcp: number;
  cls: number;
  kbBeforeLcp: number;
  inputMs: number;
  staticFcp: number;
  staticLcp: number;
  ratio: number;
  ratioBudget: number;
  pass: { ratio: boolean; cls: boolean; fcp: boolean };
}

const medians = (samples: Sample[]) => ({
  fcp: median(samples.map((s) => s.fcp)),
  lcp: median(samples.map((s) => s.lcp)),
  cls: median(samples.map((s) => s.cls)),
  bytes: median(samples.map((s) => s.bytes)),
  input: median(samples.map((s) => s.input)),
});

/** Loads each page and its static copy alternately, PHONE_LOADS times each, so noise hits both alike. */
export async function phoneTable(
  browser: Browser,
  base: string,
  pages: BenchPage[],
  statics: Map<string, string>,
): Promise<PhoneRow[]> {
  const rows: PhoneRow[] = [];
  for (const p of pages) {
    const live: Sample[] = [];
    const copy: Sample[] = [];
    for (let i = 0; i < PHONE_LOADS; i++) {
      live.push(await phoneLoad(browser, base + p.path, true));
      copy.push(await phoneLoad(browser, base + statics.get(p.name)!, false));
    }
    const m = medians(live);
    const { fcp: staticFcp, lcp: staticLcp } = medians(copy);
    const ratioBudget = p.kind === 'default' ? PHONE_BUDGETS.defaultRatio : PHONE_BUDGETS.sharedRatio;
    rows.push({
      page: p.name,
      path: p.path,
      kind: p.kind,
      fcp: m.fcp,
      lcp: m.lcp,
      cls: m.cls,
      kbBeforeLcp: m.bytes / 1024,
      inputMs: m.input,
      staticFcp,
      staticLcp,
      ratio: m.lcp / staticLcp,
      ratioBudget,
      pass: {
        ratio: m.lcp / staticLcp <= ratioBudget,
        cls: m.cls <= PHONE_BUDGETS.cls,
        fcp: m.fcp <= PHONE_BUDGETS.fcpRatio * staticFcp,
      },
    });
    console.log(`phone: ${p.name} done`);
  }
  return rows;
}

/**
 * The phone table: one line per page, each figure with its budget and a MISS beside a miss. The
 * static copy's FCP and LCP stand beside the page's, so a reader sees what the network allows.
 */
export function printPhoneTable(rows: PhoneRow[]): number {
  const b = PHONE_BUDGETS;
  const head = [
    'page',
    'FCP',
    'static',
    `≤${b.fcpRatio}×`,
    'LCP',
    'static',
    'ratio',
    'budget',
    'CLS',
    `≤${b.cls}`,
  ];
  const widths = [18, 7, 7, 7, 7, 7, 7, 12, 7, 6, 8, 8];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('');
  const flag = (ok: boolean) => (ok ? 'pass' : 'MISS');
  const ms = (v: number) => (Number.isNaN(v) ? '' : v.toFixed(0));
  console.log(
    `\nphone profile (1.6 Mbps down, 150 ms RTT, CPU 4×, 360 px; median of ${PHONE_LOADS} loads; ms)`,
  );
  console.log(line([...head, 'KB<LCP', 'input']));
  let misses = 0;
  for (const r of rows) {
    misses += Number(!r.pass.ratio) + Number(!r.pass.cls) + Number(!r.pass.fcp);
    console.log(
      line([
        r.page,
        ms(r.fcp),
        ms(r.staticFcp),
        flag(r.pass.fcp),
        ms(r.lcp),
        ms(r.staticLcp),
        `${r.ratio.toFixed(2)}×`,
        `≤${r.ratioBudget}× ${flag(r.pass.ratio)}`,
        r.cls.toFixed(3),
        flag(r.pass.cls),
        r.kbBeforeLcp.toFixed(0),
        ms(r.inputMs),
      ]),
    );
  }
  console.log(misses ? `phone: ${misses} budget(s) missed` : 'phone: all budgets met');
  return misses;
}
