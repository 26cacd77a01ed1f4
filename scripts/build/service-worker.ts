/**
 * The service worker (`<outDir>/sw.js`), generated with Workbox as the build's last step so that it
 * precaches the final files: the shell, every route's prerendered page, the JS and CSS chunks, the
 * data JSON, the map geometry, all three font subsets, the web app manifest and its icons. After one
 * visit every view then opens offline, links with params included. The dataset zip is left out of
 * the precache (the largest file, and few readers want it) and cached when it is downloaded.
 *   npx tsx scripts/build/service-worker.ts [outDir]
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, type GetManifestOptions, type ManifestTransform } from 'workbox-build';
import { DATASET_ZIP_NAME } from './dataset-zip.ts';

export const SW_FILE = 'sw.js';

/** A path whose last segment has a file extension (`/x.zip`, `/a/b.json`): a file, never a view. */
export const FILE_PATH = /^[^?]*\/[^/?]+\.[^/?]+(?:\?.*)?$/;

/** The dataset zip's URL, with or without a query. */
export const DATASET_ZIP_URL = new RegExp(`/${DATASET_ZIP_NAME.replace(/[.-]/g, '\\$&')}(?:\\?.*)?$`);

/**
 * A prerendered page is precached under its route's URL, the one links use:
 * `trade/index.html` → `trade`, so a navigation to `/trade?from=2010` (params ignored) finds it.
 * The root page stays `index.html`, which `/` reaches through the directory index.
 */
export const routeUrls: ManifestTransform = (entries) => ({
  manifest: entries.map((e) => ({ ...e, url: e.url.replace(/^(.+)\/index\.html$/, '$1') })),
  warnings: [],
});

/** What is precached from `outDir` and how its URLs are keyed (shared by the build and its test). */
export function precacheOptions(outDir: string): GetManifestOptions {
  return {
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,json,woff2,svg,png,webmanifest}'],
    // The zip is cached at run time instead; Vite's build manifest is for scripts, not readers.
    // Link-preview images are for chat apps and search engines, never shown in the page.
    globIgnores: ['.vite/**', SW_FILE, 'workbox-*.js', '**/*.zip', 'previews/**'],
    // Vite's hashed file names change with their content: no revision needed.
    dontCacheBustURLsMatching: /^assets\/.+-[\w-]{8}\.\w+$/,
    manifestTransforms: [routeUrls],
  };
}

/** Writes `<outDir>/sw.js`; throws if any file it should precache was skipped (e.g. too big). */
export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    ...precacheOptions(outDir),
    swDest: join(outDir, SW_FILE),
    // One file, so it is fetched and updated as one (no separate Workbox runtime chunk).
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // The first visit is controlled at once (the reader can go offline right after it); a later
    // version waits until the reader chooses to load it (src/app/sw/), never mid-task.
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // Every view reads its state from params; the page itself is the same for all of them.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    // Unknown paths get the app, which shows Not found; files (the zip) go to the network.
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [FILE_PATH],
    runtimeCaching: [
      {
        urlPattern: DATASET_ZIP_URL,
        // The newest zip when online, the last downloaded one offline.
        handler: 'NetworkFirst',
        options: { cacheName: 'dataset-zip', expiration: { maxEntries: 1 } },
      },
    ],
  });
  if (warnings.length) throw new Error(`service worker: ${warnings.join('; ')}`);
  console.log(`wrote ${outDir}/${SW_FILE} (precaches ${count} files, ${Math.round(size / 1024)} KB)`);
  return { count, size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeServiceWorker(process.argv[2] ?? 'dist');
}
