/**
 * Starts the live app (loaded by src/main.tsx): once the view's code, its data and the language's
 * strings are in, it hydrates the prerendered page when that page is this very view, and otherwise
 * renders the view in place of what is there. Either way the first render has everything and
 * never shows a skeleton over the page.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { setLanguage } from '@/i18n/i18n';
import { datasetQuery, type DatasetKey } from '@/lib/api/dataset';
import { splitLangPath } from '@/lib/url/lang';
import { App } from '../app';
import { createQueryClient } from '../query-client';
import { NotFound, VIEW_LOADERS } from '../view-loaders';
import { viewAt } from '../views';
import { replayInput } from './replay';

export async function boot(
  root: HTMLElement,
  show: 'page' | 'state' | 'other',
  recorder: { stop: () => HTMLElement[] } | null,
): Promise<void> {
  const { lang, path } = splitLangPath(window.location.pathname);
  const view = viewAt(path);
  const queryClient = createQueryClient();
  // The data files the page was rendered from (scripts/build/pages.ts lists them on #root).
  const keys = (root.dataset.keys?.split(' ').filter(Boolean) ?? []) as DatasetKey[];
  await Promise.all([
    setLanguage(lang),
    (view ? VIEW_LOADERS[view.key] : NotFound).preload().catch(() => undefined),
    // A failed file is the view's to report (with Retry), once it renders.
    ...keys.map((k) => queryClient.prefetchQuery(datasetQuery(k))),
  ]);
  const html = document.documentElement;
  // In the same commit as the live view, before it paints: the page's CSS stops hiding parts of it.
  const onCommit = () => {
    delete html.dataset.firstPaint;
    delete root.dataset.prerendered;
    root.inert = false;
    html.dataset.live = '';
  };
  if (show === 'page') {
    const clicks = recorder?.stop() ?? [];
    let replayed = false;
    const replay = () => {
      if (replayed) return;
      replayed = true;
      void replayInput(root, clicks);
    };
    const app = (
      <StrictMode>
        <App Router={BrowserRouter} queryClient={queryClient} onCommit={onCommit} onLive={replay} />
      </StrictMode>
    );
    hydrateRoot(root, app, {
      // A mismatch is a bug to fix (e2e/first-paint.spec.ts fails on it); React recovers by rendering.
      onRecoverableError: (error) => console.error('hydration:', error),
    });
  } else {
    createRoot(root).render(
      <StrictMode>
        <App Router={BrowserRouter} queryClient={queryClient} onCommit={onCommit} />
      </StrictMode>,
    );
  }
}
