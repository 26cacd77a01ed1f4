/**
 * Brotli and gzip copies beside every text file of the build (`app.js` → `app.js.br`,
 * `app.js.gz`), made once at build with the highest settings, so a host that serves precompressed
 * files (nginx `brotli_static`/`gzip_static`, Caddy `precompressed`, `vite preview` here) sends
 * the smallest bytes without compressing per request. Node's own zlib does both formats.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The types worth compressing; images, fonts (woff2 is already compressed) and the zip are not. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.svg',
  '.webmanifest',
  '.txt',
  '.xml',
  '.csv',
]);
/** Below this size a compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export interface PrecompressReport {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

export function precompress(outDir: string): PrecompressReport {
  const report: PrecompressReport = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const path of files(outDir)) {
    if (path.includes(`${join(outDir, '.vite')}`) || !COMPRESSIBLE.has(extname(path))) continue;
    const body = readFileSync(path);
    if (body.length < MIN_BYTES) continue;
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    const gz = gzipSync(body, { level: 9 });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gz);
    report.files++;
    report.raw += body.length;
    report.gzip += gz.length;
    report.brotli += br.length;
  }
  return report;
}
