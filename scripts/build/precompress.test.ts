import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from './precompress.ts';

describe('precompressed copies', () => {
  it('writes .br and .gz beside text files that decompress to the same bytes, and skips the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(dir, 'assets'));
    const js = 'export const rows = ['.concat('"Hà Nội – Minsk", '.repeat(200), '];');
    writeFileSync(join(dir, 'assets/app.js'), js);
    writeFileSync(join(dir, 'small.css'), 'a{color:red}');
    writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4000, 1));
    const report = precompress(dir);
    expect(report.files).toBe(1);
    expect(brotliDecompressSync(readFileSync(join(dir, 'assets/app.js.br'))).toString()).toBe(js);
    expect(gunzipSync(readFileSync(join(dir, 'assets/app.js.gz'))).toString()).toBe(js);
    expect(report.brotli).toBeLessThan(report.gzip);
    expect(existsSync(join(dir, 'small.css.br'))).toBe(false);
    expect(existsSync(join(dir, 'font.woff2.br'))).toBe(false);
  });
});
