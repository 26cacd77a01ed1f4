/**
 * The Chromium that the bench and the dev tools drive: Debian's by default, CHROMIUM_PATH overrides,
 * otherwise Playwright's own (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';

const installed = (path: string) => (existsSync(path) ? path : undefined);

export const chromiumPath: string | undefined = process.env.CHROMIUM_PATH ?? installed('/usr/bin/chromium');

/**
 * The browser tests' Chromium: Debian's headless shell (`apt-get install chromium-headless-shell`),
 * the same Blink without the desktop browser around it. Playwright itself runs headless tests on
 * this shell; here it halved the suite (242 tests: 5.9 → 3.5 min). Without it, the full Chromium.
 */
export const testChromiumPath: string | undefined =
  process.env.CHROMIUM_PATH ?? installed('/usr/bin/chromium-headless-shell') ?? chromiumPath;
