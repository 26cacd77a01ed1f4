import { describe, expect, it } from 'vitest';
import { entryKey, walkManifest, type Manifest } from './manifest.ts';

const manifest: Manifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_react.js'] },
  '_react.js': { file: 'assets/react-2.js' },
  'src/view.tsx': {
    file: 'assets/view-3.js',
    imports: ['_shared.js', 'index.html'],
    dynamicImports: ['src/view-part.tsx', 'src/other-view.tsx'],
  },
  '_shared.js': { file: 'assets/shared-4.js', imports: ['_react.js'] },
  'src/view-part.tsx': { file: 'assets/part-5.js', imports: ['_shared.js'] },
  'src/other-view.tsx': { file: 'assets/other-6.js' },
};

describe(walkManifest.name, () => {
  it('lists each statically imported chunk once, depth first, and no lazy ones', () => {
    expect(walkManifest(manifest, ['src/view.tsx'])).toEqual([
      'src/view.tsx',
      '_shared.js',
      '_react.js',
      'index.html',
    ]);
  });

  it('follows the dynamic imports it is told to', () => {
    const keys = walkManifest(manifest, ['src/view.tsx'], (k) => k.endsWith('-part.tsx'));
    expect(keys).toContain('src/view-part.tsx');
    expect(keys).not.toContain('src/other-view.tsx');
  });

  it('walks several roots into one list and skips keys the manifest lacks', () => {
    expect(walkManifest(manifest, ['index.html', 'missing.tsx', '_shared.js'])).toEqual([
      'index.html',
      '_react.js',
      '_shared.js',
    ]);
  });
});

describe(entryKey.name, () => {
  it('finds the chunk index.html loads', () => {
    expect(entryKey(manifest)).toBe('index.html');
  });
});
