/**
 * `vite preview` serves `/trade` from `dist/trade/index.html` (the prerendered page) rather than
 * the root index.html, as static hosts with clean URLs do. Unknown paths still fall back to
 * index.html.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { previewPlugin } from './preview-plugin.ts';

export function prerenderedPagesPlugin(): Plugin {
  return previewPlugin('serve-prerendered-pages', (outDir) => (req, _res, next) => {
    const [path, query] = (req.url ?? '/').split('?');
    if (path && path !== '/' && !path.includes('.') && existsSync(join(outDir, path, 'index.html'))) {
      req.url = `${path.replace(/\/$/, '')}/index.html${query ? `?${query}` : ''}`;
    }
    next();
  });
}
