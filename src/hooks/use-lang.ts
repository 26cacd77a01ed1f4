import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { localeOf, parseLang, preferredLang } from '@/lib/url/lang';

/** The UI language from `?lang=`, else the one chosen before, else the browser's; with its Intl locale. */
export function useLang() {
  const { search } = useLocation();
  return useMemo(() => {
    const fallback =
      typeof navigator === 'undefined'
        ? preferredLang(undefined, [])
        : preferredLang(window.localStorage, navigator.languages);
    const parsed = parseLang(new URLSearchParams(search), fallback);
    return { lang: parsed.value, locale: localeOf(parsed.value), issues: parsed.issues };
  }, [search]);
}
