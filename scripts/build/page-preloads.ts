/**
 * What a prerendered page asks for before its scripts run: its view's code and the data files the
 * view reads. Without these hints the browser finds them one by one (entry → boot → view chunk
 * → data), a waterfall of round trips that a phone on a slow network feels as seconds; with them
 * every file starts at once, while the prerendered HTML is already on screen.
 */
import { walkManifest, type Manifest } from './manifest.ts';

/** The files of `view` and everything it imports statically, minus the entry (already a script). */
export function viewChunks(manifest: Manifest, view: string): string[] {
  return walkManifest(manifest, [view])
    .filter((key) => !manifest[key]!.isEntry)
    .map((key) => manifest[key]!.file);
}

/**
 * The stylesheets a view's chunks bring, so its prerendered page is styled before any JS runs;
 * lazy parts of the view itself (e.g. the map, in the view's folder) are in the page too.
 */
export function viewStylesheets(manifest: Manifest, view: string): string[] {
  const folder = view.slice(0, view.lastIndexOf('/'));
  const keys = walkManifest(manifest, [view], (key) => key.startsWith(folder));
  return [...new Set(keys.flatMap((key) => manifest[key]!.css ?? []))];
}

/** The hashed file of each data file (`data/<key>.json` in the manifest). */
export function dataFiles(manifest: Manifest, keys: readonly string[]): string[] {
  return keys.map((key) => {
    const entry = manifest[`data/${key}.json`];
    if (!entry) throw new Error(`page preloads: data/${key}.json is not in the build manifest`);
    return entry.file;
  });
}

/**
 * `<link>` hints for one page: the view's chunks as module preloads, then its data files as fetch
 * preloads (`crossorigin` so they match the app's `fetch`, which sends same-origin credentials).
 */
export function preloadLinks(manifest: Manifest, view: string, dataKeys: readonly string[]): string {
  const modules = viewChunks(manifest, view).map(
    (f) => `<link rel="modulepreload" crossorigin href="/${f}">`,
  );
  const data = dataFiles(manifest, dataKeys).map(
    (f) => `<link rel="preload" as="fetch" crossorigin href="/${f}">`,
  );
  return [...modules, ...data].join('');
}
