/**
 * `npm run build`: the client build, then each route prerendered into `<outDir>/<route>/index.html`
 * (its header, headings and data as static HTML), so a route paints before its JS has run, and
 * the whole dataset as one zip (`scripts/dataset-zip.ts`).
 *   npx tsx scripts/build.ts [--outDir dist]
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDatasetFiles } from '../data/load-dataset.ts';
import type { Dataset } from '../data/schema.ts';
import { DATASET_ZIP_NAME, writeDatasetZip } from './dataset-zip.ts';
import { previewHead, withPreviewHead, writePreviewImages, type PreviewRoute } from './og-previews.ts';
import { inlineStylesheets, readFromBuild } from './inline-css.ts';
import { preloadLinks, type Manifest } from './page-preloads.ts';

/** Routes prerendered at build, with the view module each shows; other paths get index.html. */
const ROUTE_VIEWS: Record<string, string> = {
  '/': 'src/features/overview/overview-view.tsx',
  '/trade': 'src/features/trade/trade-view.tsx',
  '/visits': 'src/features/visits/visits-view.tsx',
  '/partners': 'src/features/partners/partners-view.tsx',
  '/sources': 'src/features/sources/sources-view.tsx',
  '/about': 'src/features/about/about-view.tsx',
};
const PRERENDERED_ROUTES = Object.keys(ROUTE_VIEWS);

/** The stylesheets a view's chunks bring, so its prerendered page is styled before any JS runs. */
function viewStylesheets(manifest: Manifest, view: string): string[] {
  const css = new Set<string>();
  const seen = new Set<string>();
  const walk = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    chunk.css?.forEach((c) => css.add(c));
    chunk.imports?.forEach(walk);
    // Lazy parts of the view itself (e.g. the map) are in the prerendered page too.
    chunk.dynamicImports?.filter((d) => d.startsWith(view.slice(0, view.lastIndexOf('/')))).forEach(walk);
  };
  walk(view);
  return [...css];
}

const args = process.argv.slice(2);
const outDir = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1]! : 'dist';
// Inside the project so the SSR bundle resolves its externals from node_modules.
// One per output folder, so builds side by side (E2E_OUTDIR, the bench) never share it.
const ssrDir = `node_modules/.prerender-ssr-${outDir.replace(/[^a-z0-9-]/gi, '_')}`;

execSync(`npx vite build --outDir ${outDir} --logLevel warn`, { stdio: 'inherit' });
execSync(`npx vite build --ssr src/prerender-entry.tsx --outDir ${ssrDir} --logLevel warn`, {
  stdio: 'inherit',
});

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
  renderRoute: (url: string, data: Dataset) => Promise<{ html: string; dataKeys: (keyof Dataset)[] }>;
};
const { files } = readDatasetFiles();
const data: Dataset = {
  sources: files['sources.json'] as Dataset['sources'],
  places: files['places.json'] as Dataset['places'],
  trade: files['trade.json'] as Dataset['trade'],
  official: files['official.json'] as Dataset['official'],
  events: files['events.json'] as Dataset['events'],
  partnerships: files['partnerships.json'] as Dataset['partnerships'],
  indicators: files['indicators.json'] as Dataset['indicators'],
  goods: files['goods.json'] as Dataset['goods'],
  people: files['people.json'] as Dataset['people'],
};

// Preload the Latin faces of the web font, so prerendered text first paints in its final font
// (a repaint in another font would count as a later largest paint).
const fonts = readdirSync(join(outDir, 'assets')).filter((f) =>
  /inter-latin-(400|600)-normal-.*\.woff2$/.test(f),
);
const preloads = fonts
  .map((f) => `<link rel="preload" href="/assets/${f}" as="font" type="font/woff2" crossorigin>`)
  .join('\n    ');
// A prerendered page first paints as a frame (its heading and introduction; the default view's
// figures keep their room but stay blank, src/styles.css) and the entry script (3 KB) shows them
// once it finds the URL is that very view (src/main.tsx). So a shared link never paints the
// default figures, and the first paint does not wait a round trip for the script. Without
// scripts, nothing would ever show them: the noscript style does.
const noscript =
  '<noscript><style>#root[data-prerendered] :is(.site-header__tools, .view > *) { visibility: visible !important; }</style></noscript>';
const template = readFileSync(join(outDir, 'index.html'), 'utf8')
  .replace('</title>', `</title>\n    ${preloads}`)
  .replace('</head>', `  ${noscript}\n  </head>`);
writeFileSync(join(outDir, 'index.html'), template);
const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
const siteUrl = process.env.SITE_URL ?? '';
if (!siteUrl) {
  console.warn('SITE_URL is not set: link previews use root-relative URLs (set it to the deployed origin)');
}
for (const route of PRERENDERED_ROUTES) {
  const { html, dataKeys } = await renderRoute(route, data);
  const links = viewStylesheets(manifest, ROUTE_VIEWS[route]!)
    .filter((href) => !template.includes(`/${href}`))
    .map((href) => `<link rel="stylesheet" crossorigin href="/${href}">`)
    .join('');
  // Each page's own title, description and link-preview tags (scripts/og-previews.ts).
  const page = withPreviewHead(template, previewHead(route as PreviewRoute, data, siteUrl))
    // Stylesheets in the head (they gate the first paint). The view's code and data
    // (page-preloads.ts) at the end of the body: found as soon as the page's own bytes are in, they
    // do not share a slow line with them before the first paint.
    .replace('</head>', `${links}</head>`)
    .replace('</body>', `${preloadLinks(manifest, ROUTE_VIEWS[route]!, dataKeys)}</body>`)
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="${route}">${html}</div>`);
  // The page's CSS in its head: no round trip before the first paint (scripts/inline-css.ts).
  const styled = inlineStylesheets(page, readFromBuild(outDir));
  const dir = join(outDir, route);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), styled);
}
rmSync(ssrDir, { recursive: true, force: true });
console.log(`prerendered ${PRERENDERED_ROUTES.join(' ')} into ${outDir}/`);

// The whole dataset as one zip (CSV per file, the JSON, codebook, source list), served with the site.
const zip = writeDatasetZip(outDir);
console.log(`wrote ${outDir}/${DATASET_ZIP_NAME} (${Math.round(zip.bytes / 1024)} KB)`);
// Link-preview images per route and language, from the data (scripts/og-previews.ts).
console.log(`wrote ${await writePreviewImages(outDir, data)} preview images into ${outDir}/previews/`);
// Last but one, so the service worker precaches the final pages (scripts/service-worker.ts).
await (await import('./service-worker.ts')).writeServiceWorker(outDir);
// Then brotli and gzip copies of every text file, the worker included (scripts/precompress.ts).
const packed = (await import('./precompress.ts')).precompress(outDir);
console.log(
  `precompressed ${packed.files} files: ${Math.round(packed.raw / 1024)} KB → gzip ${Math.round(packed.gzip / 1024)} KB, brotli ${Math.round(packed.brotli / 1024)} KB`,
);
