/**
 * `npm run bench`: builds the app, serves it locally, drives Chromium and prints each figure
 * beside its budget (docs/performance.md); writes bench/results.json.
 * Timings on a shared machine are noisy: a miss is reported, the exit code stays 0.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { readDataset } from '../../data/load-dataset.ts';
import { computeHeadlines } from '../../src/features/overview/utils/headlines.ts';
import { formatPeriod, formatUsd } from '../../src/lib/format.ts';
import { entryKey, readManifest, walkManifest } from '../build/manifest.ts';
import { chromiumPath } from '../chromium.ts';
import { buildAndServe } from '../preview-server.ts';
import { PHONE_VIEWPORT, phoneTable, printPhoneTable, type PhoneRow } from './phone.ts';
import { benchPages, writeStaticCopies } from './static.ts';
import { interaction, PAINT_PROBE } from './steps.ts';

/** `BENCH_OUTDIR` keeps two runs on one machine apart (each also needs its own BENCH_PORT). */
const OUT = process.env.BENCH_OUTDIR ?? 'dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4192);
const BASE = `http://127.0.0.1:${PORT}`;
const LOADS = Number(process.env.BENCH_LOADS ?? 9);
/**
 * `BENCH_ONLY=steps` measures the year steps alone (a quicker run while working on a view);
 * `BENCH_ONLY=phone` the phone profile alone (phone.ts); `BENCH_PAGES=overview,trade-link`
 * limits it to the named pages.
 */
const ONLY = process.env.BENCH_ONLY;
const PAGES = process.env.BENCH_PAGES?.split(',');

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
  const manifest = readManifest(OUT);
  const boot = Object.keys(manifest).filter((k) => k.endsWith('src/app/first-paint/boot.tsx'));
  return walkManifest(manifest, [entryKey(manifest), ...boot]).map((k) => manifest[k]!.file);
}

/**
 * A plain, unstyled HTML page with the Overview's headline figures as text: printed for reference
 * (no budget), the floor of any page at all. The budgets compare each route with its own styled
 * static copy (static.ts), which a page in the site's own stylesheet and font can reach.
 */
function writeStaticPage() {
  const data = readDataset();
  const h = computeHeadlines(data.trade, data.events, data.partnerships, { from: 0, to: 9999 });
  const trade = (['VN', 'BY'] as const)
    .flatMap((r) => h.latestTrade[r]?.full ?? [])
    .map((t) => `<li>${t.reporter}: ${formatUsd(t.valueUsd, 'en')} in ${formatPeriod(t.period, 'en')}</li>`)
    .join('');
  const page = (head: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Vietnam–Belarus at a glance</title>${head}</head><body><h1>Vietnam and Belarus at a glance</h1><ul>${trade}<li>${h.visits} visits and meetings</li><li>${h.agreements} agreements signed</li><li>${h.partnerships} partnerships of localities</li></ul></body></html>`;
  writeFileSync(join(OUT, 'static-headlines.html'), page(''));
}

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

/** The fast (desktop, unthrottled) profile: sizes, LCP against each route's static copy, year steps. */
async function fastRows(browser: Browser, rows: Row[]) {
  const loads = ONLY === 'steps' ? 1 : LOADS;
  // English defaults: the fast profile's budgets are per route; the phone table has every language.
  const pages = benchPages().filter((p) => p.kind === 'default' && !/^(vi|ru)-/.test(p.name));
  const statics = await writeStaticCopies(browser, BASE, pages, OUT, 'fast', {});
  const staticLcp: number[] = [];
  for (let i = 0; i < loads; i++) staticLcp.push((await load(browser, '/static-headlines.html')).lcp);
  rows.push({ metric: 'unstyled static page LCP (reference)', value: median(staticLcp), unit: 'ms' });
  for (const p of pages) {
    const runs = [];
    const copy: number[] = [];
    for (let i = 0; i < loads; i++) {
      runs.push(await load(browser, p.path));
      copy.push((await load(browser, statics.get(p.name)!)).lcp);
    }
    const route = p.path;
    rows.push({
      metric: `${route} first-paint JS (gzip)`,
      value: runs[0]!.bytes / KB,
      unit: 'KB',
      budget: 190,
    });
    rows.push({ metric: `${route} FCP`, value: median(runs.map((r) => r.fcp)), unit: 'ms' });
    const lcp = median(runs.map((r) => r.lcp));
    rows.push({ metric: `${route} LCP`, value: lcp, unit: 'ms' });
    rows.push({ metric: `${route} static copy LCP`, value: median(copy), unit: 'ms' });
    rows.push({ metric: `${route} LCP / static copy`, value: lcp / median(copy), unit: '×', budget: 1.3 });
  }
  for (const route of ['/trade', '/visits']) {
    const real = await interaction(browser, BASE, route, 1);
    rows.push({ metric: `${route} year step → paint, real data`, value: real, unit: 'ms', budget: 16 });
    const big = await interaction(browser, BASE, route, 100);
    rows.push({ metric: `${route} year step → paint, 100× data`, value: big, unit: 'ms', budget: 50 });
  }
}

function printRows(rows: Row[]): number {
  const pad = (s: string, n: number) => s.padEnd(n);
  const fmt = (r: Row, v: number) => (r.unit === '×' ? v.toFixed(2) : v.toFixed(1));
  console.log(`\n${pad('metric', 44)}${pad('value', 12)}${pad('budget', 12)}result`);
  let misses = 0;
  for (const r of rows) {
    const ok = r.budget === undefined ? '' : r.value <= r.budget ? 'pass' : 'MISS';
    if (ok === 'MISS') misses++;
    const budget = r.budget === undefined ? '' : `≤ ${r.budget} ${r.unit}`;
    console.log(`${pad(r.metric, 44)}${pad(`${fmt(r, r.value)} ${r.unit}`, 12)}${pad(budget, 12)}${ok}`);
  }
  console.log(misses ? `\n${misses} budget(s) missed` : '\nall budgets met');
  return misses;
}

async function main() {
  const stop = await buildAndServe(OUT, PORT);
  writeStaticPage();
  const rows: Row[] = [];
  let phone: PhoneRow[] = [];
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    if (ONLY !== 'phone') {
      // For information: what the reader waits for is the phone table's time to input.
      rows.push({
        metric: 'app shell JS (gzip)',
        value: shellFiles().reduce((s, f) => s + gz(join(OUT, f)), 0) / KB,
        unit: 'KB',
      });
      const assets = readdirSync(join(OUT, 'assets'));
      const totalJs = assets
        .filter((f) => f.endsWith('.js'))
        .reduce((s, f) => s + gz(join(OUT, 'assets', f)), 0);
      const geo = assets.filter((f) => /geo|topo/.test(f) && f.endsWith('.json'));
      rows.push({ metric: 'total JS shipped (gzip)', value: totalJs / KB, unit: 'KB' });
      const geoBytes = geo.reduce((s, f) => s + gz(join(OUT, 'assets', f)), 0);
      rows.push({ metric: 'map geometry (gzip)', value: geoBytes / KB, unit: 'KB', budget: 60 });
      await fastRows(browser, rows);
    }
    if (ONLY !== 'steps') {
      const started = Date.now();
      const pages = benchPages().filter((p) => !PAGES || PAGES.includes(p.name));
      const statics = await writeStaticCopies(browser, BASE, pages, OUT, 'phone', PHONE_VIEWPORT);
      phone = await phoneTable(browser, BASE, pages, statics);
      console.log(`phone profile took ${((Date.now() - started) / 60_000).toFixed(1)} min`);
    }
  } finally {
    await browser.close();
    stop();
  }
  if (ONLY !== 'phone') {
    // Imported only when needed, so a phone-only run does not load the views' filter modules.
    const { benchFilters } = await import('./filters.ts');
    for (const f of benchFilters(1_000_000)) rows.push({ ...f, unit: 'ms', budget: 10 });
  }
  if (rows.length) printRows(rows);
  if (phone.length) printPhoneTable(phone);
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    JSON.stringify({ date: new Date().toISOString(), rows, phone }, null, 2),
  );
  rmSync(OUT, { recursive: true, force: true });
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
