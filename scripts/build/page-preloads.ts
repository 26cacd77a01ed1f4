/**
 * What a prerendered page asks for before its scripts run: its view's code and the data files the
 * view reads. Without these hints the browser finds them one by one (entry → boot → view chunk
 * → data), a waterfall of round trips that a phone on a slow network feels as seconds; with them
 * every file starts at once, while the prerendered HTML is already on screen.
 */
export type Manifest = Record<
  string,
  { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }
>;

/** The files of `view` and everything it imports statically, minus the entry (already a script). */
export function viewChunks(manifest: Manifest, view: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    if (!chunk.isEntry) files.push(chunk.file);
    chunk.imports?.forEach(walk);
  };
  walk(view);
  return files;
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
