import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';
import { routes } from '@/app/routes';
import { i18n } from '@/i18n/i18n';

/**
 * Renders the whole app at a URL with a fresh query client (no retries) and router:
 * `const { router } = renderApp('/trade?from=2010')`.
 */
export function renderApp(url = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = createQueryClient({ retry: false });
  void i18n.changeLanguage(new URLSearchParams(url.split('?')[1] ?? '').get('lang') === 'vi' ? 'vi' : 'en');
  const user = userEvent.setup();
  const utils = render(<App router={router} queryClient={queryClient} />);
  return { ...utils, router, user, queryClient };
}

/** The router's current `?search` as params. */
export function currentSearch(router: ReturnType<typeof createMemoryRouter>) {
  return new URLSearchParams(router.state.location.search);
}
