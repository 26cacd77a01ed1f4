import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Axe's violations on the page, or on the parts named, as "rule: targets" lines so a failure says
 * what to fix. Every rule runs; two options only spare work no test reads. Legacy mode runs axe in
 * the page itself instead of opening a blank page to merge frame results (the app has no
 * cross-origin frames), and `resultTypes` gathers nodes only for violations: building selectors for
 * every passing node was most of the time on Visits (6,500 nodes, ~14 s a scan → ~3 s).
 */
export async function axeViolations(page: Page, include: string[] = []): Promise<string[]> {
  const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  for (const selector of include) axe.include(selector);
  const { violations } = await axe.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
