/**
 * `npm run build`: the client build, then each route prerendered into `<outDir>/<route>/index.html`
 * (its header, headings and data as static HTML), so a route paints before its JS has run.
 *   npx tsx scripts/build.ts [--outDir dist]
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDatasetFiles } from '../data/load-dataset.ts';
import type { Dataset } from '../src/lib/api/dataset.ts';

/** Routes prerendered at build; any other path gets index.html and renders in the browser. */
export const PRERENDERED_ROUTES = ['/', '/trade', '/visits', '/partners', '/sources', '/about'];

const args = process.argv.slice(2);
const outDir = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1]! : 'dist';
// Inside the project so the SSR bundle resolves its externals from node_modules.
const ssrDir = 'node_modules/.prerender-ssr';

execSync(`npx vite build --outDir ${outDir} --logLevel warn`, { stdio: 'inherit' });
execSync(`npx vite build --ssr src/prerender-entry.tsx --outDir ${ssrDir} --logLevel warn`, { stdio: 'inherit' });

// During prerendering, fetches of the app's own assets (e.g. map shapes) are served from the build.
const nativeFetch = globalThis.fetch;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.startsWith('/')) {
    try {
      return new Response(readFileSync(join(outDir, url.split('?')[0]!)), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }
  return nativeFetch(input, init);
};

// The production build of react-dom/server, like the client's.
process.env.NODE_ENV = 'production';
const { renderRoute } = (await import(pathToFileURL(resolve(ssrDir, 'prerender-entry.js')).href)) as {
  renderRoute: (url: string, data: Dataset) => Promise<string>;
};
const { files } = readDatasetFiles();
const data: Dataset = {
  sources: files['sources.json'] as Dataset['sources'],
  places: files['places.json'] as Dataset['places'],
  trade: files['trade.json'] as Dataset['trade'],
  events: files['events.json'] as Dataset['events'],
  partnerships: files['partnerships.json'] as Dataset['partnerships'],
  indicators: files['indicators.json'] as Dataset['indicators'],
  goods: files['goods.json'] as Dataset['goods'],
};

// Preload the Latin faces of the web font, so prerendered text first paints in its final font
// (a repaint in another font would count as a later largest paint).
const fonts = readdirSync(join(outDir, 'assets')).filter((f) => /be-vietnam-pro-latin-(400|600)-normal-.*\.woff2$/.test(f));
const preloads = fonts
  .map((f) => `<link rel="preload" href="/assets/${f}" as="font" type="font/woff2" crossorigin>`)
  .join('\n    ');
const template = readFileSync(join(outDir, 'index.html'), 'utf8').replace('</title>', `</title>\n    ${preloads}`);
writeFileSync(join(outDir, 'index.html'), template);
for (const route of PRERENDERED_ROUTES) {
  const html = await renderRoute(route, data);
  const page = template.replace(
    '<div id="root"></div>',
    `<div id="root" data-prerendered="${route}">${html}</div>`,
  );
  const dir = join(outDir, route);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
}
rmSync(ssrDir, { recursive: true, force: true });
console.log(`prerendered ${PRERENDERED_ROUTES.join(' ')} into ${outDir}/`);
