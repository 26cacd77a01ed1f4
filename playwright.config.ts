import { defineConfig, devices } from '@playwright/test';
import { testChromiumPath } from './scripts/chromium.ts';

// E2E_PORT / E2E_OUTDIR let several checkouts or people run the browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const OUT_DIR = process.env.E2E_OUTDIR ?? 'dist';
// E2E_BUILT=1: OUT_DIR holds the build to test (`npm test` builds it once, beside the checks);
// otherwise the tests build it first.
const BUILD = process.env.E2E_BUILT === '1' ? '' : `npx tsx scripts/build/build.ts --outDir ${OUT_DIR} && `;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    // The production build registers a service worker, which would answer requests that tests
    // intercept with page.route; e2e/offline.spec.ts allows it for itself.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: testChromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `${BUILD}npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
