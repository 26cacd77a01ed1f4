/**
 * What the service worker precaches, read by Workbox itself from a build-shaped folder: every
 * route's prerendered page under the URL links use, the chunks, data, map and all three font
 * subsets, the manifest and icons; not the dataset zip nor Vite's build manifest.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { DATASET_ZIP_URL, FILE_PATH, precacheOptions } from './service-worker.ts';

// A build's files by what the worker does with them: pages under their routes' URLs, assets and
// icons as they are, the rest left out.
const PAGES = [
  'index.html',
  'trade/index.html',
  'visits/index.html',
  'partners/index.html',
  'sources/index.html',
  'about/index.html',
];
const ASSETS_AND_ICONS = [
  'favicon.svg',
  'manifest.webmanifest',
  'icon-192.png',
  'icon-512.png',
  'icon-maskable-512.png',
  'apple-touch-icon.png',
  'assets/index-D92CJguB.js',
  'assets/shell-Diwe8w7O.js',
  'assets/index-DUYgMuYR.css',
  'assets/trade-CWtlQpq4.json',
  'assets/geo-countries.topo-Bw2V-3NN.json',
  'assets/inter-latin-400-normal-C38fXH4l.woff2',
  'assets/inter-vietnamese-600-normal-Cc8MFFhd.woff2',
  'assets/inter-cyrillic-400-normal-obahsSVq.woff2',
];
const LEFT_OUT = ['vietnam-belarus-dataset.zip', '.vite/manifest.json', 'sw.js'];
const FILES = [...PAGES, ...ASSETS_AND_ICONS, ...LEFT_OUT];

let dir: string;
let entries: { url: string; revision: string | null }[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-precache-'));
  for (const f of FILES) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), f);
  }
  entries = (await getManifest(precacheOptions(dir))).manifestEntries ?? [];
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const urls = () => entries.map((e) => e.url).sort();

describe('precacheOptions', () => {
  it('precaches every route’s prerendered page under the route’s own URL', () => {
    for (const route of ['trade', 'visits', 'partners', 'sources', 'about']) {
      expect(urls()).toContain(route);
      expect(urls()).not.toContain(`${route}/index.html`);
    }
    // `/` reaches the root page through the directory index.
    expect(urls()).toContain('index.html');
  });

  it('precaches the chunks, data, map geometry, the three font subsets, manifest and icons', () => {
    expect(urls()).toEqual(expect.arrayContaining(ASSETS_AND_ICONS));
  });

  it('leaves out the dataset zip, Vite’s build manifest and the worker itself', () => {
    expect(urls()).toHaveLength(FILES.length - LEFT_OUT.length);
    for (const url of urls()) expect(url).not.toMatch(/\.zip$|^\.vite\/|^sw\.js$/);
  });

  it('gives hashed assets no revision and every other file one', () => {
    for (const e of entries) {
      if (e.url.startsWith('assets/')) expect(e.revision).toBeNull();
      else expect(e.revision).toMatch(/^[0-9a-f]{32}$/);
    }
  });
});

describe('navigation fallback', () => {
  it('sends file downloads to the network and views to the app', () => {
    expect(FILE_PATH.test('/vietnam-belarus-dataset.zip')).toBe(true);
    expect(FILE_PATH.test('/assets/trade-CWtlQpq4.json?x=1')).toBe(true);
    expect(FILE_PATH.test('/no-such-page')).toBe(false);
    expect(FILE_PATH.test('/visits?q=ha.noi&from=2010')).toBe(false);
    expect(FILE_PATH.test('/')).toBe(false);
  });

  it('caches the dataset zip at run time, whatever its query', () => {
    expect(DATASET_ZIP_URL.test('https://example.org/vietnam-belarus-dataset.zip')).toBe(true);
    expect(DATASET_ZIP_URL.test('https://example.org/vietnam-belarus-dataset.zip?v=2')).toBe(true);
    expect(DATASET_ZIP_URL.test('https://example.org/vietnam-belarus-datasetXzip')).toBe(false);
  });
});
