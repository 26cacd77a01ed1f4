/**
 * Build-time only (bundled by `vite build --ssr`, never shipped): renders a route to HTML with
 * the whole dataset already in the query cache, so each route's first paint needs no JS.
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';
import { i18n } from '@/i18n/i18n';
import { datasetQuery, type Dataset, type DatasetKey } from '@/lib/api/dataset';

/**
 * The HTML of `url` in English, with every data file in the cache, and the data files the route
 * read while rendering (the build preloads them in the page's head).
 */
export async function renderRoute(
  url: string,
  data: Dataset,
): Promise<{ html: string; dataKeys: DatasetKey[] }> {
  const queryClient = createQueryClient({ retry: false });
  for (const key of Object.keys(data) as DatasetKey[]) {
    queryClient.setQueryData(datasetQuery(key).queryKey, data[key]);
  }
  // Every read of a query goes through the cache's `build`; wrapping it after the cache is filled
  // records exactly the files this route asks for, without a list kept by hand beside each view.
  const read = new Set<DatasetKey>();
  const cache = queryClient.getQueryCache();
  const build = cache.build.bind(cache);
  cache.build = ((...args: Parameters<typeof build>) => {
    const [, options] = args;
    if (options.queryKey[0] === 'dataset') read.add(options.queryKey[1] as DatasetKey);
    return build(...args);
  }) as typeof build;
  await i18n.changeLanguage('en');
  const Router = ({ children }: { children: ReactNode }) => (
    <StaticRouter location={url}>{children}</StaticRouter>
  );
  const ui = <App Router={Router} queryClient={queryClient} />;
  // The first pass waits for the route's lazy chunks to load. The second, synchronous pass then
  // renders everything inline: streaming would move large parts into inline scripts, which the
  // CSP forbids.
  const { prelude } = await prerenderToNodeStream(ui);
  for await (const _chunk of prelude) void _chunk;
  const html = renderToString(ui);
  if (html.includes('<script')) throw new Error(`prerendering ${url} left an inline script`);
  return { html, dataKeys: [...read].sort() };
}
