import { describe, expect, it } from 'vitest';
import { cacheControl, pickEncoding } from './precompressed.ts';

describe('serving precompressed copies', () => {
  it('prefers brotli, then gzip, and sends the plain file otherwise', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(pickEncoding('gzip')).toEqual(['gzip']);
    expect(pickEncoding('identity')).toEqual([]);
    expect(pickEncoding(undefined)).toEqual([]);
  });

  it('caches hashed assets for a year and revalidates pages and the worker', () => {
    expect(cacheControl('/assets/trade-view-BR-kWK3f.js')).toContain('immutable');
    expect(cacheControl('/trade/index.html')).toBe('no-cache');
    expect(cacheControl('/sw.js')).toBe('no-cache');
  });
});
