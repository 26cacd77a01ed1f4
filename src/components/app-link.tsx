import type { ComponentProps } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useShared } from '@/hooks/use-shared';
import { langPath } from '@/lib/url/lang';
import { appSearch } from '@/lib/url/shared-params';

type To = { pathname: string; search?: URLSearchParams | Record<string, string> };

/**
 * A link to another view, in the page's language (its path prefix), that carries the shared
 * params (years, embed) and adds the target's own:
 * `<AppLink to={{ pathname: '/visits', search: { event: 'x' } }}>` → `/vi/visits?event=x&from=2010`.
 */
function useAppHref(to: string | To) {
  const { search } = useLocation();
  const { lang } = useShared();
  const target = typeof to === 'string' ? { pathname: to } : to;
  return { pathname: langPath(lang, target.pathname), search: appSearch(search, target.search) };
}

export function AppLink({ to, ...props }: Omit<ComponentProps<typeof Link>, 'to'> & { to: string | To }) {
  return <Link to={useAppHref(to)} {...props} />;
}

export function AppNavLink({ to, ...props }: Omit<ComponentProps<typeof NavLink>, 'to'> & { to: string }) {
  return <NavLink to={useAppHref(to)} {...props} />;
}
