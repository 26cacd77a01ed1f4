import { describe, expect, it } from 'vitest';
import type { Manifest } from './manifest.ts';
import { dataFiles, preloadLinks, viewChunks, viewStylesheets } from './page-preloads.ts';

const manifest: Manifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_react.js'] },
  '_react.js': { file: 'assets/react-2.js' },
  'src/app/boot.tsx': { file: 'assets/boot-3.js', imports: ['_react.js', 'index.html'] },
  'src/features/trade/trade-view.tsx': {
    file: 'assets/trade-view-4.js',
    imports: ['src/app/boot.tsx', '_react.js', 'index.html'],
    css: ['assets/trade-view-4.css'],
    dynamicImports: ['src/features/trade/below.tsx', 'src/features/visits/visits-view.tsx'],
  },
  'src/features/trade/below.tsx': { file: 'assets/below-5.js', css: ['assets/below-5.css'] },
  'src/features/visits/visits-view.tsx': { file: 'assets/visits-8.js', css: ['assets/visits-8.css'] },
  'data/trade.json': { file: 'assets/trade-6.json' },
  'data/sources.json': { file: 'assets/sources-7.json' },
};

describe('page preloads', () => {
  it('lists the view and its static imports once each, without the entry or lazy parts', () => {
    expect(viewChunks(manifest, 'src/features/trade/trade-view.tsx')).toEqual([
      'assets/trade-view-4.js',
      'assets/boot-3.js',
      'assets/react-2.js',
    ]);
  });

  it('styles the page with the view’s stylesheets and its own lazy parts’, not other views’', () => {
    expect(viewStylesheets(manifest, 'src/features/trade/trade-view.tsx')).toEqual([
      'assets/trade-view-4.css',
      'assets/below-5.css',
    ]);
  });

  it('finds the hashed data files and names a missing one', () => {
    expect(dataFiles(manifest, ['trade', 'sources'])).toEqual([
      'assets/trade-6.json',
      'assets/sources-7.json',
    ]);
    expect(() => dataFiles(manifest, ['events'])).toThrow('data/events.json');
  });

  it('writes module preloads, then fetch preloads the app’s fetch can use', () => {
    const links = preloadLinks(manifest, 'src/features/trade/trade-view.tsx', ['trade']);
    expect(links).toBe(
      '<link rel="modulepreload" crossorigin href="/assets/trade-view-4.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/boot-3.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/react-2.js">' +
        '<link rel="preload" as="fetch" crossorigin href="/assets/trade-6.json">',
    );
  });
});
