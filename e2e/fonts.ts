import type { Page } from '@playwright/test';

/**
 * The fonts Chromium drew the text of the matching elements with (DevTools protocol), each as
 * "<name>, web font" or "<name>, system": ['Inter, web font', 'Inter SemiBold, web font'].
 */
export async function fontsOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const families = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const f of fonts) families.add(`${f.familyName}, ${f.isCustomFont ? 'web font' : 'system'}`);
  }
  await cdp.detach();
  return [...families];
}
