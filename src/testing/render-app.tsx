import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router';
import { App } from '@/app/app';
import { firstPaint } from '@/app/first-paint/decide';
import { createQueryClient } from '@/app/query-client';
import { i18n } from '@/i18n/i18n';
import { localStore } from '@/lib/storage';
import { splitLangPath } from '@/lib/url/lang';

/** What the test can see of the router: the current location, and navigate (e.g. -1 for Back). */
export interface TestRouter {
  state: { location: Location };
  navigate: NavigateFunction;
}

function RouterProbe({ into }: { into: TestRouter }) {
  into.state.location = useLocation();
  into.navigate = useNavigate();
  return null;
}

/**
 * Renders the whole app at a URL with a fresh query client (no retries) and router:
 * `const { router } = renderApp('/trade?from=2010')`; `router.state.location` follows navigation.
 */
export function renderApp(link = '/') {
  // As the page's head script would: an old `?lang=` link or a bare path in a Vietnamese or
  // Russian browser opens at the page in that language.
  const [pathname, search = ''] = link.split('?');
  const decision = firstPaint(
    { pathname: pathname!, search: search ? `?${search}` : '', hash: '' },
    null,
    localStore(),
    navigator.languages,
  );
  const url = 'redirect' in decision ? decision.redirect : link;
  const router = {
    state: { location: {} as Location },
    navigate: (() => {}) as NavigateFunction,
  } as TestRouter;
  const Router = ({ children, useTransitions }: { children: ReactNode; useTransitions?: boolean }) => (
    <MemoryRouter initialEntries={[url]} useTransitions={useTransitions}>
      {children}
      <RouterProbe into={router} />
    </MemoryRouter>
  );
  const queryClient = createQueryClient({ retry: false });
  void i18n.changeLanguage(splitLangPath(url.split('?')[0]!).lang);
  const user = userEvent.setup();
  const utils = render(<App Router={Router} queryClient={queryClient} />);
  return { ...utils, router, user, queryClient };
}

/** The router's current `?search` as params. */
export function currentSearch(router: TestRouter) {
  return new URLSearchParams(router.state.location.search);
}
