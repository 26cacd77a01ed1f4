import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { i18n } from '@/i18n/i18n';

type Router = ReturnType<typeof createBrowserRouter>;

/** Providers around the router; the router and query client are passed in (tests make fresh ones). */
export function App({ router, queryClient }: { router: Router; queryClient: QueryClient }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
