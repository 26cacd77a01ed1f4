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

/** Renders the app; over a usable prerendered page it renders beside it and swaps when ready. */
export async function boot(root: HTMLElement, lang: Lang, prerendered: boolean): Promise<void> {
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
    createRoot(live).render(app);
    swapWhenSettled(root, live);
  } else {
    createRoot(root).render(app);
  }
}
