import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Double-clicks a download button and checks it saves one file, then that a later click, a new
 * request, saves another (one guard for every download: `saveFile` in src/lib/csv/download.ts).
 * Returns the first file's name.
 */
export async function expectOneFilePerDoubleClick(page: Page, button: Locator): Promise<string> {
  await expect(button).toBeEnabled();
  const saved: string[] = [];
  page.on('download', (d) => saved.push(d.suggestedFilename()));
  await button.dblclick();
  await expect.poll(() => saved.length).toBe(1);
  // Long enough for a second file to have arrived, had one been started.
  await page.waitForTimeout(1500);
  expect(saved).toHaveLength(1);
  await button.click();
  await expect.poll(() => saved.length).toBe(2);
  return saved[0]!;
}
