/**
 * `npm run bench`: builds the app, serves it locally, drives Chromium and prints each figure
 * beside its budget (README "Performance budgets"); writes bench/results.json.
 * Timings on a shared machine are noisy: a miss is reported, the exit code stays 0.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { readDatasetFiles } from '../data/load-dataset.ts';
import type { DatasetEvent, Partnership, TradeFigure } from '../data/schema.ts';
import { computeHeadlines } from '../src/features/overview/utils/headlines.ts';
import { formatPeriod, formatUsd } from '../src/lib/format.ts';
import { benchFilters } from './bench-filters.ts';
import { buildAndServe } from './preview-server.ts';

const OUT = 'dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4192);
const BASE = `http://127.0.0.1:${PORT}`;
const ROUTES = ['/', '/trade', '/visits', '/partners', '/sources', '/about'];
const LOADS = Number(process.env.BENCH_LOADS ?? 9);
const STEPS = Number(process.env.BENCH_STEPS ?? 30);
/** `BENCH_ONLY=steps` measures the year steps alone (a quicker run while working on a view). */
const ONLY = process.env.BENCH_ONLY;
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const KB = 1024;
const gz = (file: string) => gzipSync(readFileSync(file)).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Row {
  metric: string;
  value: number;
  unit: 'KB' | 'ms' | '×';
  budget?: number;
}

/**
 * The shell: the entry chunk, the boot chunk it starts after first paint, and everything they
 * import statically (framework, router, query, i18n, header and year filter), not the views.
 */
function shellFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(OUT, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; imports?: string[]; isEntry?: boolean; src?: string }
  >;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const boot = Object.keys(manifest).find((k) => k.endsWith('src/app/boot.tsx'));
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key]!.imports ?? []) walk(i);
  };
  walk(entry);
  if (boot) walk(boot);
  return [...seen].map((k) => manifest[k]!.file);
}

/**
 * A plain HTML page with the Overview's headline figures as text: the floor for FCP/LCP. Beside it,
 * for reference only (no budget), the same page in the site's own stylesheet and preloaded font,
 * to show how much of the gap is the site's look rather than the app.
 */
function writeStaticPages() {
  const { files } = readDatasetFiles();
  const h = computeHeadlines(
    files['trade.json'] as TradeFigure[],
    files['events.json'] as DatasetEvent[],
    files['partnerships.json'] as Partnership[],
    { from: 0, to: 9999 },
  );
  const trade = (['VN', 'BY'] as const)
    .flatMap((r) => h.latestTrade[r]?.full ?? [])
    .map((t) => `<li>${t.reporter}: ${formatUsd(t.valueUsd, 'en')} in ${formatPeriod(t.period, 'en')}</li>`)
    .join('');
  const page = (head: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Vietnam–Belarus at a glance</title>${head}</head><body><h1>Vietnam and Belarus at a glance</h1><ul>${trade}<li>${h.visits} visits and meetings</li><li>${h.agreements} agreements signed</li><li>${h.partnerships} partnerships of localities</li></ul></body></html>`;
  writeFileSync(join(OUT, 'static-headlines.html'), page(''));
  const built = readFileSync(join(OUT, 'index.html'), 'utf8');
  const styling = [
    ...(built.match(/<link rel="preload"[^>]*as="font"[^>]*>/g) ?? []),
    ...(built.match(/<link rel="stylesheet"[^>]*href="\/assets\/index-[^"]+\.css"[^>]*>/g) ?? []),
  ];
  writeFileSync(join(OUT, 'static-headlines-styled.html'), page(styling.join('')));
}

/**
 * LCP, and for each keydown the time until the next paint after the view (`main`) has changed:
 * the probe waits for React's DOM update, then for the frame after it, so a paint that does not yet
 * show the new years is never counted. A step that changes nothing in `main` gives no sample.
 */
const PAINT_PROBE = `
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

/** One cold load: JS bytes (gzip, from the built files) and FCP/LCP. */
async function load(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PAINT_PROBE);
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  // The first view's JS: scripts requested before the page starts loading the sections below it
  // in idle time (the 'below-fold' mark, src/lib/below-fold.ts); all of them if it never did.
  const paint = await page.evaluate(() => {
    const belowFold = performance.getEntriesByName('below-fold')[0]?.startTime ?? Infinity;
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      lcp: (window as unknown as { __lcp: number }).__lcp,
      js: performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime < belowFold && new URL(r.name).pathname.endsWith('.js'))
        .map((r) => new URL(r.name).pathname),
    };
  });
  await context.close();
  const bytes = [...new Set(paint.js)].reduce((sum, p) => sum + gz(join(OUT, p)), 0);
  return { bytes, ...paint };
}

/** Scales the data files 100×: each record copied with a new id (never shipped, only served here). */
function scaled(records: { id: string }[], times: number) {
  const out: unknown[] = [];
  for (let i = 0; i < times; i++) for (const r of records) out.push({ ...r, id: `${r.id}-x${i}` });
  return out;
}

/** Median time from a keyboard step on the year slider to the next paint. */
async function interaction(browser: Browser, path: string, scale: number) {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  await page.addInitScript(PAINT_PROBE);
  if (scale > 1) {
    const { files } = readDatasetFiles();
    for (const name of ['trade', 'official', 'events', 'partnerships'] as const) {
      const body = JSON.stringify(scaled(files[`${name}.json`] as { id: string }[], scale));
      await page.route(new RegExp(`/assets/${name}-[^/]+\\.json$`), (route) =>
        route.fulfill({ body, contentType: 'application/json' }),
      );
    }
  }
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
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

async function main() {
  const stop = await buildAndServe(OUT, PORT);
  writeStaticPages();
  const rows: Row[] = [];
  const shell = shellFiles().reduce((s, f) => s + gz(join(OUT, f)), 0);
  rows.push({ metric: 'app shell JS (gzip)', value: shell / KB, unit: 'KB', budget: 110 });

  const assets = readdirSync(join(OUT, 'assets'));
  const totalJs = assets.filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(join(OUT, 'assets', f)), 0);
  const geo = assets.filter((f) => /geo|topo/.test(f) && f.endsWith('.json'));
  const geoBytes = geo.reduce((s, f) => s + gz(join(OUT, 'assets', f)), 0);

  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const staticLcp: number[] = [];
    const loads = ONLY === 'steps' ? 1 : LOADS;
    for (let i = 0; i < loads; i++) staticLcp.push((await load(browser, '/static-headlines.html')).lcp);
    const floor = median(staticLcp);
    rows.push({ metric: 'static page LCP (the floor)', value: floor, unit: 'ms' });
    const styled: number[] = [];
    for (let i = 0; i < loads; i++) styled.push((await load(browser, '/static-headlines-styled.html')).lcp);
    rows.push({ metric: 'same page, site CSS + font (reference)', value: median(styled), unit: 'ms' });
    for (const route of ROUTES) {
      const runs = [];
      for (let i = 0; i < loads; i++) runs.push(await load(browser, route));
      rows.push({
        metric: `${route} first-paint JS (gzip)`,
        value: runs[0]!.bytes / KB,
        unit: 'KB',
        budget: 190,
      });
      rows.push({ metric: `${route} FCP`, value: median(runs.map((r) => r.fcp)), unit: 'ms' });
      const lcp = median(runs.map((r) => r.lcp));
      rows.push({ metric: `${route} LCP`, value: lcp, unit: 'ms' });
      rows.push({ metric: `${route} LCP / static LCP`, value: lcp / floor, unit: '×', budget: 1.3 });
    }
    rows.push({ metric: 'total JS shipped (gzip)', value: totalJs / KB, unit: 'KB' });
    rows.push({ metric: 'map geometry (gzip)', value: geoBytes / KB, unit: 'KB', budget: 60 });
    for (const route of ['/trade', '/visits']) {
      rows.push({
        metric: `${route} year step → paint, real data`,
        value: await interaction(browser, route, 1),
        unit: 'ms',
        budget: 16,
      });
      rows.push({
        metric: `${route} year step → paint, 100× data`,
        value: await interaction(browser, route, 100),
        unit: 'ms',
        budget: 50,
      });
    }
  } finally {
    await browser.close();
    stop();
  }
  for (const f of benchFilters(1_000_000)) rows.push({ ...f, unit: 'ms', budget: 10 });

  const pad = (s: string, n: number) => s.padEnd(n);
  const fmt = (r: Row, v: number) =>
    r.unit === '×' ? v.toFixed(2) : r.unit === 'KB' ? v.toFixed(1) : v.toFixed(1);
  console.log(`\n${pad('metric', 44)}${pad('value', 12)}${pad('budget', 12)}result`);
  let misses = 0;
  for (const r of rows) {
    const ok = r.budget === undefined ? '' : r.value <= r.budget ? 'pass' : 'MISS';
    if (ok === 'MISS') misses++;
    console.log(
      `${pad(r.metric, 44)}${pad(`${fmt(r, r.value)} ${r.unit}`, 12)}${pad(r.budget === undefined ? '' : `≤ ${r.budget} ${r.unit}`, 12)}${ok}`,
    );
  }
  console.log(misses ? `\n${misses} budget(s) missed` : '\nall budgets met');
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
  rmSync(OUT, { recursive: true, force: true });
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
