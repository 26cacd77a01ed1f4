/**
 * The Chromium that the browser tests, the bench and the dev tools drive: Debian's by default,
 * CHROMIUM_PATH overrides, otherwise Playwright's own (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';

export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
