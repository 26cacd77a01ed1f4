/**
 * Vite's build manifest (`<outDir>/.vite/manifest.json`): each source module's built file, its
 * stylesheets and what it imports. The build, the bench and the browser tests read which files a
 * page needs from it, all through `walkManifest`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestChunk {
  file: string;
  src?: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The manifest key of the entry chunk (the one `index.html` loads). */
export function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!key) throw new Error('the build manifest has no entry chunk');
  return key;
}

/**
 * The keys of `roots` and of every chunk they import statically, each once, depth first in import
 * order (`a` → its imports → `b`); a dynamic import is followed only when `followDynamic` accepts
 * its key. Keys missing from the manifest are skipped.
 */
export function walkManifest(
  manifest: Manifest,
  roots: readonly string[],
  followDynamic: (key: string) => boolean = () => false,
): string[] {
  const seen = new Set<string>();
  const walk = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    chunk.imports?.forEach(walk);
    chunk.dynamicImports?.filter(followDynamic).forEach(walk);
  };
  roots.forEach(walk);
  return [...seen];
}
