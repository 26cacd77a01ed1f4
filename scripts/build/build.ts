/**
 * `npm run build`: the client build, then every view prerendered in every language into
 * `<outDir>/<lang prefix>/<view>/index.html` (docs/first-paint.md), the dataset zip, the link
 * previews, the sitemap, the service worker and the compressed copies.
 *   npx tsx scripts/build/build.ts [--outDir dist]
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDataset } from '../../data/load-dataset.ts';
import type { Dataset } from '../../data/schema.ts';
import { VIEWS } from '../../src/app/views.ts';
import { LANGS, langPath } from '../../src/lib/url/lang.ts';
import { DATASET_ZIP_NAME, writeDatasetZip } from './dataset-zip.ts';
import { bundleHeadScript } from './head-script.ts';
import { inlineStylesheets, readFromBuild } from './inline-css.ts';
import { readManifest } from './manifest.ts';
import { previewHead, writePreviewImages, type PreviewRoute } from './og-previews.ts';
import { preloadLinks, viewStylesheets } from './page-preloads.ts';
import { pageHtml } from './pages.ts';
import { sitemapXml } from './sitemap.ts';

const args = process.argv.slice(2);
const outDir = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1]! : 'dist';
// Inside the project so the SSR bundle resolves its externals from node_modules.
// One per output folder, so builds side by side (E2E_OUTDIR, the bench) never share it.
const ssrDir = `node_modules/.prerender-ssr-${outDir.replace(/[^a-z0-9-]/gi, '_')}`;

execSync(`npx vite build --outDir ${outDir} --logLevel warn`, { stdio: 'inherit' });
execSync(`npx vite build --ssr src/app/first-paint/prerender.tsx --outDir ${ssrDir} --logLevel warn`, {
  stdio: 'inherit',
});

// The production build of react-dom/server, like the client's.
process.env.NODE_ENV ??= 'production';
const { renderPage } = (await import(pathToFileURL(resolve(ssrDir, 'prerender.js')).href)) as {
  renderPage: (url: string, data: Dataset) => Promise<{ html: string; dataKeys: (keyof Dataset)[] }>;
};
const data = readDataset();
const headScript = await bundleHeadScript();
const fontFiles = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.woff2'));
const template = readFileSync(join(outDir, 'index.html'), 'utf8');
const manifest = readManifest(outDir);
const siteUrl = process.env.SITE_URL ?? '';
if (!siteUrl) {
  console.warn('SITE_URL is not set: link previews use root-relative URLs and no sitemap is written');
}
const pages: string[] = [];
for (const lang of LANGS) {
  for (const view of VIEWS) {
    const url = langPath(lang, view.path);
    const { html, dataKeys } = await renderPage(url, data);
    const stylesheets = viewStylesheets(manifest, view.module)
      .filter((href) => !template.includes(`/${href}`))
      .map((href) => `<link rel="stylesheet" crossorigin href="/${href}">`)
      .join('');
    const page = pageHtml(template, {
      url,
      lang,
      body: html,
      dataKeys,
      head: previewHead(view.path as PreviewRoute, data, siteUrl, lang),
      stylesheets,
      preloads: preloadLinks(manifest, view.module, dataKeys),
      headScript,
      fontFiles,
    });
    // The page's CSS in its head: no round trip before the first paint (inline-css.ts).
    const dir = join(outDir, url);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), inlineStylesheets(page, readFromBuild(outDir)));
    pages.push(url);
  }
}
rmSync(ssrDir, { recursive: true, force: true });
console.log(`prerendered ${pages.length} pages into ${outDir}/: ${pages.join(' ')}`);
if (siteUrl) writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(siteUrl));

// The whole dataset as one zip (CSV per file, the JSON, codebook, source list), served with the site.
const zip = writeDatasetZip(outDir);
console.log(`wrote ${outDir}/${DATASET_ZIP_NAME} (${Math.round(zip.bytes / 1024)} KB)`);
// Link-preview images per route and language, from the data (scripts/build/og-previews.ts).
console.log(`wrote ${await writePreviewImages(outDir, data)} preview images into ${outDir}/previews/`);
// Last but one, so the service worker precaches the final pages (scripts/build/service-worker.ts).
await (await import('./service-worker.ts')).writeServiceWorker(outDir);
// Then brotli and gzip copies of every text file, the worker included (scripts/build/precompress.ts).
const packed = (await import('./precompress.ts')).precompress(outDir);
console.log(
  `precompressed ${packed.files} files: ${Math.round(packed.raw / 1024)} KB → gzip ${Math.round(packed.gzip / 1024)} KB, brotli ${Math.round(packed.brotli / 1024)} KB`,
);
