import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/i18n/i18n';
import { AppRoutes } from './routes';

/**
 * Providers around the routes. The router itself is passed in as `Router` (BrowserRouter in the
 * page, MemoryRouter in tests), and so is the query client (tests make a fresh one).
 */
export function App({
  Router,
  queryClient,
}: {
  Router: (props: { children: ReactNode; useTransitions?: boolean }) => ReactNode;
  queryClient: QueryClient;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <Router useTransitions={false}>
          <AppRoutes />
        </Router>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
