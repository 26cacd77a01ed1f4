import type { ComponentProps } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useLang } from '@/hooks/use-lang';
import { appSearch, withLang } from '@/lib/url/shared-params';

type To = { pathname: string; search?: URLSearchParams | Record<string, string> };

/**
 * A link to another view that carries the shared params (years, language: also a language that
 * came from the browser or an earlier choice, so a link opened by someone else reads the same)
 * and adds the target's own: `<AppLink to={{ pathname: '/visits', search: { event: 'x' } }}>`.
 */
function useAppHref(to: string | To) {
  const { search } = useLocation();
  const { lang } = useLang();
  const target = typeof to === 'string' ? { pathname: to } : to;
  return { pathname: target.pathname, search: appSearch(withLang(search, lang), target.search) };
}

export function AppLink({ to, ...props }: Omit<ComponentProps<typeof Link>, 'to'> & { to: string | To }) {
  return <Link to={useAppHref(to)} {...props} />;
}

export function AppNavLink({ to, ...props }: Omit<ComponentProps<typeof NavLink>, 'to'> & { to: string }) {
  return <NavLink to={useAppHref(to)} {...props} />;
}
