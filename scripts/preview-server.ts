/**
 * Builds the app (with prerendered pages) into `outDir` and serves it with `vite preview` on
 * 127.0.0.1:`port`, for the scripts that drive a browser (bench, screenshots). Returns `stop`.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export async function buildAndServe(
  outDir: string,
  port: number,
  { reuse = false } = {},
): Promise<() => void> {
  // `reuse`: serve a build already in `outDir` (CI's smoke run serves the one its tests built).
  if (!(reuse && existsSync(join(outDir, 'index.html')))) {
    execSync(`npx tsx scripts/build/build.ts --outDir ${outDir}`, { stdio: 'inherit' });
  }
  const child = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      process.kill(-child.pid!);
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}`)).ok) return stop;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('preview server did not start within 60 s');
}
