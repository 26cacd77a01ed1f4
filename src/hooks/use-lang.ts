import { useMemo } from 'react';
import { localeOf } from '@/lib/url/lang';
import { useShared } from './use-shared';

/** The UI language (from the path) and its Intl locale. */
export function useLang() {
  const { lang } = useShared();
  return useMemo(() => ({ lang, locale: localeOf(lang) }), [lang]);
}
