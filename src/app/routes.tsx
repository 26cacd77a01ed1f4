import type { ReactNode } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { useShared } from '@/hooks/use-shared';
import { LANGS, langPath } from '@/lib/url/lang';
import { ViewLive } from './first-paint/live';
import { Layout } from './layout';
import { RouteErrorBoundary } from './route-error';
import { NotFound, VIEW_LOADERS } from './view-loaders';
import { VIEWS } from './views';

function Guarded({ children }: { children: ReactNode }) {
  const { path } = useShared();
  return (
    <RouteErrorBoundary resetKey={path}>
      {children}
      <ViewLive />
    </RouteErrorBoundary>
  );
}

/**
 * The route tree, made from the table of views once per language: English at the bare paths,
 * the others under their prefix (`/vi/trade`). A declarative router (not the data router) keeps
 * the shell's JS small.
 */
export const routes: RouteObject[] = LANGS.map((lang) => ({
  path: langPath(lang, '/'),
  element: <Layout />,
  children: [
    ...VIEWS.map(({ key, path }) => {
      const { Component } = VIEW_LOADERS[key];
      const element = (
        <Guarded>
          <Component />
        </Guarded>
      );
      return path === '/' ? { index: true, element } : { path: path.slice(1), element };
    }),
    { path: '*', element: <NotFound.Component /> },
  ],
}));

/** Renders the route matching the current location. */
export function AppRoutes() {
  return useRoutes(routes);
}
