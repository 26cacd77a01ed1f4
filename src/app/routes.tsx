import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';

// Each view is its own chunk, loaded when first visited.
const OverviewView = lazy(() => import('@/features/overview/overview-view').then((m) => ({ default: m.OverviewView })));
const TradeView = lazy(() => import('@/features/trade/trade-view').then((m) => ({ default: m.TradeView })));
const VisitsView = lazy(() => import('@/features/visits/visits-view').then((m) => ({ default: m.VisitsView })));
const PartnersView = lazy(() =>
  import('@/features/partners/partners-view').then((m) => ({ default: m.PartnersView })),
);
const SourcesView = lazy(() => import('@/features/sources/sources-view').then((m) => ({ default: m.SourcesView })));
const AboutView = lazy(() => import('@/features/about/about-view').then((m) => ({ default: m.AboutView })));
const NotFoundView = lazy(() =>
  import('@/features/not-found/not-found-view').then((m) => ({ default: m.NotFoundView })),
);

/** The route tree, shared by the browser router and the test router. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewView />, errorElement: <RouteError /> },
      { path: 'trade', element: <TradeView />, errorElement: <RouteError /> },
      { path: 'visits', element: <VisitsView />, errorElement: <RouteError /> },
      { path: 'partners', element: <PartnersView />, errorElement: <RouteError /> },
      { path: 'sources', element: <SourcesView />, errorElement: <RouteError /> },
      { path: 'about', element: <AboutView />, errorElement: <RouteError /> },
      { path: '*', element: <NotFoundView /> },
    ],
  },
];
