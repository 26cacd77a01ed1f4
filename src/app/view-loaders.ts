/**
 * Each view's code, its own chunk (src/app/views.ts lists the views). `preload()` starts it and,
 * once it is in, the route renders it directly: a page hydrated or rendered after its code has
 * arrived never shows a loading skeleton for a moment (React.lazy always suspends once).
 */
import { createElement, lazy, type ComponentType } from 'react';
import type { ViewKey } from './views';

type Loader = () => Promise<ComponentType>;

const LOADERS: Record<ViewKey, Loader> = {
  overview: () => import('@/features/overview/overview-view').then((m) => m.OverviewView),
  trade: () => import('@/features/trade/trade-view').then((m) => m.TradeView),
  visits: () => import('@/features/visits/visits-view').then((m) => m.VisitsView),
  partners: () => import('@/features/partners/partners-view').then((m) => m.PartnersView),
  sources: () => import('@/features/sources/sources-view').then((m) => m.SourcesView),
  about: () => import('@/features/about/about-view').then((m) => m.AboutView),
};

export interface LoadableView {
  /** Renders the view: at once when its code is in, else through Suspense. */
  Component: ComponentType;
  preload: () => Promise<void>;
}

function loadable(load: Loader): LoadableView {
  let loaded: ComponentType | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (c) => void (loaded = c),
      (error: unknown) => {
        // A failed load may be tried again (the route's error boundary offers it).
        pending = null;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })));
  const Component = () => createElement(loaded ?? Lazy);
  return { Component, preload };
}

export const VIEW_LOADERS = Object.fromEntries(
  Object.entries(LOADERS).map(([key, load]) => [key, loadable(load)]),
) as Record<ViewKey, LoadableView>;

export const NotFound = loadable(() =>
  import('@/features/not-found/not-found-view').then((m) => m.NotFoundView),
);
