/**
 * What a reader on the bench's phone profile sees 0.3, 0.6, 1 and 2 s after navigation start:
 *   npx tsx scripts/dev/phone-frames.ts '/trade?from=2010&flow=exports' [more paths]
 * writes bench/frames/<path>-0.6s.png etc. and lists when each screencast frame was painted. Builds and serves the app (BENCH_PORT, default 4193)
 * unless FRAMES_BASE names a running server (e.g. http://127.0.0.1:4173).
 *
 * The frames come from the DevTools screencast, each stamped with the time it reached the screen,
 * so the frame shown at 0.6 s is the last one painted by then; a screenshot taken at that moment
 * would itself wait for the throttled page and land late.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { phoneContext } from '../bench/phone.ts';
import { chromiumPath } from '../chromium.ts';
import { buildAndServe } from '../preview-server.ts';

/** Seconds after navigation start; FRAMES_AT=0.6,1,2,3 to change. */
const TIMES = (process.env.FRAMES_AT ?? '0.3,0.6,1,2').split(',').map(Number);
const OUT = 'bench/frames';

interface Frame {
  /** Seconds since the epoch, when the frame reached the screen. */
  at: number;
  png: Buffer;
}

async function frames(base: string, path: string) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const { page, cdp } = await phoneContext(browser);
    const shot: Frame[] = [];
    cdp.on('Page.screencastFrame', (f) => {
      shot.push({ at: f.metadata.timestamp ?? 0, png: Buffer.from(f.data, 'base64') });
      void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
    });
    await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
    await page.goto(base + path, { waitUntil: 'load', timeout: 60_000 });
    const origin = await page.evaluate(() => performance.timeOrigin / 1000);
    await page.waitForTimeout(Math.max(0, origin + Math.max(...TIMES) + 0.5 - Date.now() / 1000) * 1000);
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    );
    console.log(`${path}: first contentful paint at ${fcp === undefined ? '-' : (fcp / 1000).toFixed(2)} s`);
    await cdp.send('Page.stopScreencast');
    console.log(`${path}: frames painted at ${shot.map((f) => (f.at - origin).toFixed(2)).join(', ')} s`);
    const slug = path.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-') || 'overview';
    mkdirSync(OUT, { recursive: true });
    for (const t of TIMES) {
      // The last frame on screen at `t` (none yet: the screen was still the blank new tab).
      const frame = shot.filter((f) => f.at - origin <= t).at(-1);
      const file = `${OUT}/${slug}-${t}s.png`;
      if (frame) writeFileSync(file, frame.png);
      const when = frame && frame.at >= origin ? `painted at ${(frame.at - origin).toFixed(2)} s` : 'blank';
      console.log(frame ? `${file} (${when})` : `${t} s: no frame yet`);
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new Error("usage: npx tsx scripts/dev/phone-frames.ts '/trade?from=2010'");
  const port = Number(process.env.BENCH_PORT ?? 4193);
  const built = process.env.FRAMES_BASE ? undefined : 'dist-frames';
  const stop = built ? await buildAndServe(built, port) : () => {};
  try {
    for (const p of paths) await frames(process.env.FRAMES_BASE ?? `http://127.0.0.1:${port}`, p);
  } finally {
    stop();
    if (built) rmSync(built, { recursive: true, force: true });
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
