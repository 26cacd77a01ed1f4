/**
 * Build-time only (bundled by `vite build --ssr`, never shipped): renders a page, a view in a
 * language, to HTML with the data files it reads in the query cache, so each page's first paint
 * needs no JS and the app hydrates it as it is (src/app/first-paint/boot.tsx).
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { setLanguage } from '@/i18n/i18n';
import { datasetQuery, type Dataset, type DatasetKey } from '@/lib/api/dataset';
import { splitLangPath } from '@/lib/url/lang';
import { App } from '../app';
import { createQueryClient } from '../query-client';
import { NotFound, VIEW_LOADERS } from '../view-loaders';
import { viewAt } from '../views';

/**
 * The HTML of the page at `url` (`/vi/trade`) and the data files it read, which the page lists for
 * the app to load before hydrating (and the build preloads).
 */
export async function renderPage(
  url: string,
  data: Dataset,
): Promise<{ html: string; dataKeys: DatasetKey[] }> {
  const { lang, path } = splitLangPath(url);
  await setLanguage(lang);
  const view = viewAt(path);
  await (view ? VIEW_LOADERS[view.key] : NotFound).preload();
  const queryClient = createQueryClient({ retry: false });
  const Router = ({ children }: { children: ReactNode }) => (
    <StaticRouter location={url}>{children}</StaticRouter>
  );
  const ui = <App Router={Router} queryClient={queryClient} />;
  // Render until the files the page asks for stop growing: a view may read a file only once
  // another has arrived. Every file a render asks for is a query in the cache, data or not.
  const given = new Set<DatasetKey>();
  for (;;) {
    // The first pass waits for lazy parts of the view to load; the second, synchronous pass then
    // renders everything inline: streaming would move parts into inline scripts, which the CSP
    // forbids.
    const { prelude } = await prerenderToNodeStream(ui);
    for await (const _chunk of prelude) void _chunk;
    const html = renderToString(ui);
    const asked = queryClient
      .getQueryCache()
      .getAll()
      .filter((q) => q.queryKey[0] === 'dataset')
      .map((q) => q.queryKey[1] as DatasetKey)
      .filter((k) => !given.has(k));
    if (asked.length === 0) {
      if (html.includes('<script')) throw new Error(`prerendering ${url} left an inline script`);
      return { html, dataKeys: [...given].sort() };
    }
    for (const key of asked) {
      queryClient.setQueryData(datasetQuery(key).queryKey, data[key]);
      given.add(key);
    }
  }
}
