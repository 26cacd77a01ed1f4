import { expect, test } from '@playwright/test';
import { expectOneFilePerDoubleClick } from './support/downloads';

// Every image download saves one file per double-click, as the CSV buttons do; a later click is
// a new request and saves again.
// `drawn`: the figure the button saves, there once the view has drawn it (the map's shapes are a
// file of their own, loaded by the live view).
const CASES = [
  { view: '/trade?from=2000&to=2020', name: 'Download PNG', file: /\.png$/, drawn: 'svg.trade-chart__svg' },
  { view: '/trade?from=2000&to=2020', name: 'Download SVG', file: /\.svg$/, drawn: 'svg.trade-chart__svg' },
  { view: '/partners', name: 'Download PNG', file: /\.png$/, drawn: '[data-country="VN"]' },
  { view: '/partners', name: 'Download SVG', file: /\.svg$/, drawn: '[data-country="VN"]' },
];

for (const c of CASES) {
  test(`${c.view.split('?')[0]}: a double-click on "${c.name}" saves one file`, async ({ page }) => {
    await page.goto(c.view);
    await page.locator(c.drawn).first().waitFor({ state: 'attached' });
    const button = page.getByRole('button', { name: c.name, exact: true });
    expect(await expectOneFilePerDoubleClick(page, button)).toMatch(c.file);
  });
}
