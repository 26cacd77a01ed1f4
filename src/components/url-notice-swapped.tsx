import { useTranslation } from 'react-i18next';
import { addNamespace } from '@/i18n/add-namespace';
import { locales } from './url-notice-locales';

/**
 * "“from=2020” came after “to=2010”, so the two years were swapped." A lazy chunk of its own: a
 * link rarely needs it, and its three languages would otherwise all ship with the shell.
 */
export function UrlNoticeSwapped({ from, to }: { from: string; to?: string }) {
  const { t, i18n } = useTranslation();
  // Added through the instance in hand: importing `i18n.ts` here would change how the shell splits.
  addNamespace(i18n, 'urlNotice', locales);
  return t('urlNotice:swapped', { value: from, used: to });
}
