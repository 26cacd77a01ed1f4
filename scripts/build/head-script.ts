/**
 * The head script of every prerendered page (src/app/first-paint/head.ts), bundled on its own into
 * one small IIFE with the same rules the app uses (src/lib/url/lang.ts), and the hash by which the
 * page's Content-Security-Policy allows it inline (no inline script runs without it).
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

export interface HeadScript {
  code: string;
  /** `'sha256-…'`, for the CSP's script-src. */
  hash: string;
}

export async function bundleHeadScript(): Promise<HeadScript> {
  const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));
  const out = (await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': r('../../src'), '@data': r('../../data') } },
    build: {
      write: false,
      minify: true,
      lib: { entry: r('../../src/app/first-paint/head.ts'), formats: ['iife'], name: 'firstPaint' },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = out[0]!.output.find((o) => o.type === 'chunk')!;
  const code = chunk.code.trim();
  if (/<\/script/i.test(code)) throw new Error('the head script contains </script');
  return { code, hash: `'sha256-${createHash('sha256').update(code).digest('base64')}'` };
}
