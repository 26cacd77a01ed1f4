/**
 * The limit each page is measured against: a static copy of the page itself. After a full,
 * unthrottled load of the live page, its DOM is saved as HTML with every script and module
 * preload removed, keeping the stylesheets and font preloads, so the copy shows the same content in
 * the site's own stylesheet and font with no JS at all.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { readDataset } from '../../data/load-dataset.ts';
import { VIEWS } from '../../src/app/views.ts';
import { LANGS, langPath } from '../../src/lib/url/lang.ts';

/** A page the bench loads: a route's default state, or a shared link that opens a chosen state. */
export interface BenchPage {
  name: string;
  path: string;
  kind: 'default' | 'shared';
  /** Asserts the link opened the intended state, so an error page is never timed. */
  check?: (page: Page) => Promise<void>;
}

/**
 * Each route's default and one shared link per view, in every language (`vi-trade`,
 * `ru-visits-link`; English pages keep their bare names), with ids taken from the data.
 */
export function benchPages(): BenchPage[] {
  const { events, partnerships: pairs } = readDataset();
  // The newest visit, so the default year range keeps it in the list.
  const event = events.filter((e) => e.kind === 'visit').at(-1)!;
  const pair = pairs.find((p) => p.status === 'signed')!;
  return LANGS.flatMap((lang) => {
    const name = (n: string) => (lang === 'en' ? n : `${lang}-${n}`);
    const at = (path: string) => langPath(lang, path);
    const defaults: BenchPage[] = VIEWS.map((v) => ({
      name: name(v.key),
      path: at(v.path),
      kind: 'default',
    }));
    return [
      ...defaults,
      {
        name: name('trade-link'),
        path: `${at('/trade')}?from=2010&to=2024&flow=exports`,
        kind: 'shared',
        check: async (page) => {
          await expect(page.locator('#root input[type=range]').first()).toHaveValue('2010');
          await expect(page.locator('#root input[type=range]').nth(1)).toHaveValue('2024');
          expect(new URL(page.url()).searchParams.get('flow')).toBe('exports');
        },
      },
      {
        name: name('visits-link'),
        path: `${at('/visits')}?event=${event.id}`,
        kind: 'shared',
        check: async (page) => {
          await expect(page.locator('#root').getByRole('heading', { name: event.title[lang] })).toBeVisible();
        },
      },
      {
        name: name('partners-link'),
        path: `${at('/partners')}?pair=${pair.id}`,
        kind: 'shared',
        check: async (page) => {
          await expect(page.locator('#root #partners-details-title')).toBeVisible();
          expect(new URL(page.url()).searchParams.get('pair')).toBe(pair.id);
        },
      },
      {
        // Sources has one filter, the year range: a narrower one lists fewer sources.
        name: name('sources-link'),
        path: `${at('/sources')}?from=2020`,
        kind: 'shared',
        check: async (page) => {
          const count = (await page.locator('#root .count').first().textContent()) ?? '';
          const [shown, total] = (count.match(/\d+/g) ?? []).map(Number);
          expect(shown).toBeGreaterThan(0);
          expect(shown).toBeLessThan(total!);
        },
      },
    ] satisfies BenchPage[];
  });
}

/**
 * An init script: sets `window.__ready` to the first frame (ms since navigation start) at which the
 * app is live (hydrated or rendered: `<html data-live>`), the view's heading shown, no skeleton.
 */
export const READY_PROBE = `
  window.__ready = 0;
  const isReady = () => {
    const root = document.getElementById('root');
    return !!root && document.documentElement.hasAttribute('data-live') &&
      !!root.querySelector('main h1') && !root.querySelector('.skeleton');
  };
  const pollReady = () => { if (isReady()) window.__ready = performance.now(); else requestAnimationFrame(pollReady); };
  requestAnimationFrame(pollReady);
`;

/** Waits for READY_PROBE (a function, not a string: the site's CSP forbids eval). */
export const waitReady = (page: Page, timeout: number) =>
  page.waitForFunction(() => (window as unknown as { __ready: number }).__ready > 0, undefined, {
    timeout,
    polling: 250,
  });

/** Saves each page's static copy as `<outDir>/static/<prefix>-<name>.html`; returns their paths. */
export async function writeStaticCopies(
  browser: Browser,
  base: string,
  pages: BenchPage[],
  outDir: string,
  prefix: string,
  options: BrowserContextOptions,
): Promise<Map<string, string>> {
  mkdirSync(join(outDir, 'static'), { recursive: true });
  const out = new Map<string, string>();
  for (const p of pages) {
    const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(base + p.path, { waitUntil: 'networkidle' });
    await waitReady(page, 15_000);
    await p.check?.(page);
    await page.evaluate(() => document.fonts.ready);
    const html = await page.evaluate(() => {
      const doc = document.documentElement.cloneNode(true) as HTMLElement;
      doc
        .querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]:not([as="font"])')
        .forEach((n) => n.remove());
      return `<!doctype html>\n${doc.outerHTML}`;
    });
    await context.close();
    const file = `static/${prefix}-${p.name}.html`;
    writeFileSync(join(outDir, file), html);
    out.set(p.name, `/${file}`);
  }
  return out;
}
