/**
 * `test` whose page waits, after each navigation, until the live app has replaced the
 * prerendered page (src/app/prerender-swap.ts). The prerendered copy stays usable until then
 * (src/app/handover.ts), and locators would find it.
 */
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

async function live(page: Page) {
  await page.locator('[data-prerendered]').waitFor({ state: 'detached', timeout: 15_000 });
}

export const test = base.extend({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await live(page);
      return response;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await live(page);
      return response;
    };
    await provide(page);
  },
});
