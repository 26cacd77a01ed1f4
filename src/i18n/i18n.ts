/**
 * i18next with bundled resources. The shell's strings live in `common`; each view registers
 * its own namespace when its lazy chunk loads (`registerNamespace`), so its strings ship with it.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@/lib/url/lang';
import en from './en.json';
import vi from './vi.json';

void i18n.use(initReactI18next).init({
  resources: { en: { common: en }, vi: { common: vi } },
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: ['common'],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
  showSupportNotice: false,
});

type Resources = Record<string, unknown>;

/** Adds a view's strings: `registerNamespace('trade', { en: {...}, vi: {...} })`. */
export function registerNamespace(ns: string, resources: Record<Lang, Resources>): void {
  for (const [lang, bundle] of Object.entries(resources)) {
    if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, bundle, true, true);
  }
}

export { i18n };
