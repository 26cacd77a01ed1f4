/**
 * `vite preview` answers with the build's precompressed copies (scripts/build/precompress.ts): brotli
 * when the browser accepts it, else gzip, with the caching a static host should give (see the
 * docs/deploy.md): hashed files under /assets/ forever, everything else revalidated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Plugin } from 'vite';
import { previewPlugin } from './preview-plugin.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Headers every hashed file gets: cached for good, and readable from any origin. An embed in an
 * iframe sandboxed to `allow-scripts` alone has an opaque origin, so its module scripts, data and
 * fonts are cross-origin requests; the files are public, so `*` gives nothing away.
 */
export function assetHeaders(path: string): Record<string, string> {
  return path.startsWith('/assets/') ? { 'Access-Control-Allow-Origin': '*' } : {};
}

/** Cache-Control for a path: hashed assets never change; pages, the worker and data links do. */
export function cacheControl(path: string): string {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Which copy to send for an Accept-Encoding header, best first. */
export function pickEncoding(accept: string | undefined): ('br' | 'gzip')[] {
  const a = (accept ?? '').toLowerCase();
  return [...(/\bbr\b/.test(a) ? (['br'] as const) : []), ...(/\bgzip\b/.test(a) ? (['gzip'] as const) : [])];
}

export function precompressedPlugin(): Plugin {
  return previewPlugin('serve-precompressed', (outDir) => (req, res, next) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    for (const [k, v] of Object.entries(assetHeaders(path))) res.setHeader(k, v);
    const type = TYPES[extname(path)];
    const file = join(outDir, normalize(path));
    if (!type || !file.startsWith(join(outDir)) || !existsSync(file)) return next();
    res.setHeader('Cache-Control', cacheControl(path));
    for (const enc of pickEncoding(req.headers['accept-encoding'])) {
      const copy = `${file}.${enc === 'br' ? 'br' : 'gz'}`;
      if (!existsSync(copy)) continue;
      res.setHeader('Content-Type', type);
      res.setHeader('Content-Encoding', enc);
      res.setHeader('Vary', 'Accept-Encoding');
      res.end(req.method === 'HEAD' ? undefined : readFileSync(copy));
      return;
    }
    next();
  });
}
