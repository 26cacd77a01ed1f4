import { QueryClient } from '@tanstack/react-query';

/** Query defaults in one place. The data files change only with a new build. */
export function createQueryClient(overrides: { retry?: boolean | number } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        retry: overrides.retry ?? 1,
        refetchOnWindowFocus: false,
        // A file that failed stays failed until the reader asks again (Retry): the entry's
        // prefetch has already tried it twice before the view shows.
        retryOnMount: false,
      },
    },
  });
}
