import { lazy, type ReactNode } from 'react';
import { useLocation, useRoutes, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteErrorBoundary } from './route-error';

// Each view is its own chunk, loaded when first visited.
const OverviewView = lazy(() =>
  import('@/features/overview/overview-view').then((m) => ({ default: m.OverviewView })),
);
const TradeView = lazy(() => import('@/features/trade/trade-view').then((m) => ({ default: m.TradeView })));
const VisitsView = lazy(() =>
  import('@/features/visits/visits-view').then((m) => ({ default: m.VisitsView })),
);
const PartnersView = lazy(() =>
  import('@/features/partners/partners-view').then((m) => ({ default: m.PartnersView })),
);
const SourcesView = lazy(() =>
  import('@/features/sources/sources-view').then((m) => ({ default: m.SourcesView })),
);
const AboutView = lazy(() => import('@/features/about/about-view').then((m) => ({ default: m.AboutView })));
const NotFoundView = lazy(() =>
  import('@/features/not-found/not-found-view').then((m) => ({ default: m.NotFoundView })),
);

function Guarded({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <RouteErrorBoundary resetKey={pathname}>{children}</RouteErrorBoundary>;
}

/** The route tree. A declarative router (not the data router) keeps the shell's JS small. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      {
        index: true,
        element: (
          <Guarded>
            <OverviewView />
          </Guarded>
        ),
      },
      {
        path: 'trade',
        element: (
          <Guarded>
            <TradeView />
          </Guarded>
        ),
      },
      {
        path: 'visits',
        element: (
          <Guarded>
            <VisitsView />
          </Guarded>
        ),
      },
      {
        path: 'partners',
        element: (
          <Guarded>
            <PartnersView />
          </Guarded>
        ),
      },
      {
        path: 'sources',
        element: (
          <Guarded>
            <SourcesView />
          </Guarded>
        ),
      },
      {
        path: 'about',
        element: (
          <Guarded>
            <AboutView />
          </Guarded>
        ),
      },
      { path: '*', element: <NotFoundView /> },
    ],
  },
];

/** Renders the route matching the current location. */
export function AppRoutes() {
  return useRoutes(routes);
}
