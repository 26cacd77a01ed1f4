import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { LinkIssuesProvider } from '@/hooks/use-link-issues';
import { SharedParamsProvider } from '@/hooks/use-shared';
import { i18n } from '@/i18n/i18n';
import { LiveContext, Started } from './first-paint/live';
import { AppRoutes } from './routes';

/**
 * Providers around the routes. The router itself is passed in as `Router` (BrowserRouter in the
 * page, StaticRouter when prerendering, MemoryRouter in tests), and so is the query client.
 */
export function App({
  Router,
  queryClient,
  onCommit,
  onLive,
}: {
  Router: (props: { children: ReactNode; useTransitions?: boolean }) => ReactNode;
  queryClient: QueryClient;
  onCommit?: () => void;
  onLive?: () => void;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        {/* No transitions: one could paint a year step before its chart changed (docs/performance.md). */}
        <Router useTransitions={false}>
          <SharedParamsProvider>
            <LinkIssuesProvider>
              <LiveContext.Provider value={onLive}>
                <AppRoutes />
              </LiveContext.Provider>
            </LinkIssuesProvider>
            <Started onCommit={onCommit} />
          </SharedParamsProvider>
        </Router>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
