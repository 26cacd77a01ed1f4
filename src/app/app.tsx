import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { SharedParamsProvider } from '@/hooks/use-shared';
import { i18n } from '@/i18n/i18n';
import { AppRoutes } from './routes';

/** Calls the boot's hooks once: in the first commit (before it paints) and after it (effects run). */
function Started({ onCommit, onLive }: { onCommit?: () => void; onLive?: () => void }) {
  useLayoutEffect(() => onCommit?.(), [onCommit]);
  useEffect(() => onLive?.(), [onLive]);
  return null;
}

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
        <Router useTransitions={false}>
          <SharedParamsProvider>
            <AppRoutes />
            <Started onCommit={onCommit} onLive={onLive} />
          </SharedParamsProvider>
        </Router>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
