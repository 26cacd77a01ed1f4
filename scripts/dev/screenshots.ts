/**
 * `npm run screenshots`: builds the app, serves it, and saves each view at 360 px and 1280 px
 * (English light, Vietnamese dark, Russian light at 1280 px and dark at 360 px) to
 * e2e/screenshots/, for the README and for review.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { langPath, type Lang } from '../../src/lib/url/lang.ts';
import { chromiumPath } from '../chromium.ts';
import { buildAndServe } from '../preview-server.ts';

const OUT = 'dist-screens';
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4191);
const BASE = `http://127.0.0.1:${PORT}`;
const DIR = 'e2e/screenshots';
/** Name, path, for phone-sized shots (one screen tall) what to scroll into view, and what to focus. */
const VIEWS: [string, string, string?, string?][] = [
  ['overview', '/'],
  ['trade', '/trade', '.trade-chart'],
  ['visits', '/visits'],
  ['partners', '/partners'],
  ['sources', '/sources'],
  ['about', '/about'],
  // The chart-only embed as an article's frame shows it.
  ['trade-embed', '/trade?embed=chart'],
];
const only = process.argv.slice(2);
/** For review, taken only when named (`npm run screenshots trade-mark`): a focused event mark, an older link's sort. */
const REVIEW: typeof VIEWS = [
  ['trade-mark', '/trade?from=2010&to=2020', '.trade-chart', 'a.trade-chart__event'],
  ['trade-old-sort', '/trade?from=2010&to=2020&tab=table&sort=value-desc', 'table.data-table'],
];

async function main() {
  const stop = await buildAndServe(OUT, PORT);
  try {
    mkdirSync(DIR, { recursive: true });
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const shots: { width: number; scheme: 'light' | 'dark'; lang: Lang; suffix: string }[] = [
      { width: 360, scheme: 'light', lang: 'en', suffix: '360' },
      { width: 1280, scheme: 'light', lang: 'en', suffix: '1280' },
      { width: 1280, scheme: 'dark', lang: 'vi', suffix: '1280-dark-vi' },
      { width: 360, scheme: 'dark', lang: 'vi', suffix: '360-dark-vi' },
      { width: 1280, scheme: 'light', lang: 'ru', suffix: '1280-ru' },
      { width: 360, scheme: 'dark', lang: 'ru', suffix: '360-dark-ru' },
    ];
    for (const [name, path, anchor, focus] of [...VIEWS, ...REVIEW.filter(([name]) => only.includes(name))]) {
      if (only.length && !only.includes(name)) continue;
      for (const s of shots) {
        const page = await browser.newPage({
          viewport: { width: s.width, height: 900 },
          colorScheme: s.scheme,
        });
        const [at, query] = path.split('?');
        await page.goto(`${BASE}${langPath(s.lang, at!)}${query ? `?${query}` : ''}`, {
          waitUntil: 'networkidle',
        });
        await page.locator('html[data-live]').waitFor({ state: 'attached' });
        await page.waitForTimeout(400);
        if (s.width !== 360) {
          // Sections below the fold draw when reached: scroll through the page once so the
          // full-page shot shows them drawn.
          await page.evaluate(async () => {
            for (let y = 0; y < document.body.scrollHeight; y += 500) {
              window.scrollTo(0, y);
              await new Promise((r) => setTimeout(r, 60));
            }
            window.scrollTo(0, 0);
          });
          await page.waitForTimeout(800);
        }
        if (anchor && s.width === 360) {
          await page.locator(anchor).first().scrollIntoViewIfNeeded();
          await page.waitForTimeout(200);
        }
        if (focus) await page.locator(focus).first().focus();
        await page.screenshot({
          path: `${DIR}/${name}-${s.suffix}.png`,
          fullPage: s.width === 360 ? false : true,
        });
        await page.close();
      }
    }
    await browser.close();
  } finally {
    stop();
  }
  console.log(`screenshots written to ${DIR}/`);
}

void main();
