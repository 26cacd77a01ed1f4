/**
 * `npm run bench:smoke`: every page the bench measures (each view and one shared link per view, in
 * every language: `benchPages`) loaded once in Chromium, on the build in BENCH_OUTDIR (default
 * `dist`, the one `npm test` made; built first when there is none). A page fails when it throws,
 * logs a console error, gets an HTTP error, never becomes live, or its shared link opens the wrong
 * state; no time is judged (`npm run bench` does that). CI runs it after `npm test`.
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from '../chromium.ts';
import { buildAndServe } from '../preview-server.ts';
import { benchPages, READY_PROBE, waitReady, type BenchPage } from './static.ts';

const OUT = process.env.BENCH_OUTDIR ?? 'dist';
const PORT = Number(process.env.BENCH_PORT ?? 4192);
const BASE = `http://127.0.0.1:${PORT}`;
/** `BENCH_PAGES=trade,vi-visits-link`: those pages only, by their bench names. */
const PAGES = process.env.BENCH_PAGES?.split(',');

/** What went wrong in one load of `page`; empty when nothing did. */
async function smokeLoad(browser: Browser, p: BenchPage): Promise<string[]> {
  const problems: string[] = [];
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`uncaught ${e.name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text().split('\n')[0]}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
    // `vite preview` answers a missing file with the app's page, as a host with a fallback would.
    else if (new URL(r.url()).pathname.startsWith('/assets/') && /html/.test(r.headers()['content-type'] ?? '')) {
      problems.push(`missing file (a page came instead): ${r.url()}`);
    }
  });
  page.on('requestfailed', (r) => {
    // A request the page itself gave up (a navigation or fetch it aborted) is no fault.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
    }
  });
  await page.addInitScript(READY_PROBE);
  try {
    await page.goto(BASE + p.path, { waitUntil: 'load', timeout: 30_000 });
    await waitReady(page, 30_000);
    await p.check?.(page);
    // The sections below the fold draw when reached: reach them, so their code runs too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  } catch (e) {
    problems.push((e as Error).message.split('\n')[0]!);
  } finally {
    await context.close();
  }
  return problems;
}

async function main() {
  const stop = await buildAndServe(OUT, PORT, { reuse: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  let failed = 0;
  const pages = benchPages().filter((p) => !PAGES || PAGES.includes(p.name));
  try {
    for (const p of pages) {
      const started = Date.now();
      const problems = await smokeLoad(browser, p);
      const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (problems.length) failed++;
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${p.path} (${took})`);
      for (const problem of problems) console.log(`       ${problem}`);
    }
  } finally {
    await browser.close();
    stop();
  }
  console.log(
    failed
      ? `bench smoke run: ${failed} of ${pages.length} pages failed`
      : `bench smoke run: all ${pages.length} pages loaded and live, no errors (no budget judged)`,
  );
  process.exit(failed ? 1 : 0);
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
