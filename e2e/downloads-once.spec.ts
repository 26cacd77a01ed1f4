import { expect, test } from '@playwright/test';

// Every image download saves one file per double-click, as the CSV buttons do (one guard,
// `saveFile` in src/lib/csv/download.ts); a later click is a new request and saves again.
const CASES = [
  { view: '/trade?from=2000&to=2020', name: 'Download PNG', file: /\.png$/ },
  { view: '/trade?from=2000&to=2020', name: 'Download SVG', file: /\.svg$/ },
  { view: '/partners', name: 'Download PNG', file: /\.png$/ },
  { view: '/partners', name: 'Download SVG', file: /\.svg$/ },
];

for (const c of CASES) {
  test(`${c.view.split('?')[0]}: a double-click on "${c.name}" saves one file`, async ({ page }) => {
    await page.goto(c.view);
    const button = page.getByRole('button', { name: c.name, exact: true });
    await expect(button).toBeEnabled();
    const saved: string[] = [];
    page.on('download', (d) => saved.push(d.suggestedFilename()));
    await button.dblclick();
    await expect.poll(() => saved.length).toBe(1);
    // Long enough for a second file to have arrived, had one been started.
    await page.waitForTimeout(1500);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(c.file);
    await button.click();
    await expect.poll(() => saved.length).toBe(2);
  });
}
