/** Starts the live app: loaded by src/main.tsx once the (prerendered) page has painted. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { applyTheme } from '@/hooks/use-theme';
import { setLanguage } from '@/i18n/i18n';
import type { Lang } from '@/lib/url/lang';
import { App } from './app';
import { swapWhenSettled } from './prerender-swap';
import { createQueryClient } from './query-client';

/**
 * Renders the app; over a usable prerendered page it renders beside it and swaps when ready,
 * carrying over what the reader typed there and the buttons in `clicks`.
 */
export async function boot(
  root: HTMLElement,
  lang: Lang,
  prerendered: boolean,
  clicks: readonly Element[] = [],
  carry = prerendered,
): Promise<void> {
  // Loaded beside the app, outside the shell. Without it (a failed load) the swap still happens;
  // only what the reader did in the prerendered page is lost. A frame (a shared link shown in the
  // default page's layout) is inert: nothing was done in it to carry.
  const handover = carry ? import('./handover').catch(() => undefined) : Promise.resolve(undefined);
  applyTheme();
  await setLanguage(lang);
  const app = (
    <StrictMode>
      <App Router={BrowserRouter} queryClient={createQueryClient()} />
    </StrictMode>
  );
  if (prerendered) {
    const live = document.createElement('div');
    root.after(live);
    swapWhenSettled(
      root,
      live,
      handover.then((m) => m && ((shown: HTMLElement) => m.carryOver(root, shown, clicks))),
      !carry,
    );
    createRoot(live).render(app);
  } else {
    createRoot(root).render(app);
  }
}
