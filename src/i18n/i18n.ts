/**
 * i18next with bundled resources. The shell's strings live in `common`: English ships with the
 * shell, Vietnamese loads on first use (`setLanguage`). Each view registers its own namespace,
 * both languages, when its lazy chunk loads (`registerNamespace`), so its strings ship with it.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@/lib/url/lang';
import en from './en.json';

void i18n.use(initReactI18next).init({
  resources: { en: { common: en } },
  partialBundledLanguages: true,
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

/** Loads a language's shell strings if they are not here yet, then switches to it. */
export async function setLanguage(lang: Lang): Promise<void> {
  if (lang === 'vi' && !i18n.hasResourceBundle('vi', 'common')) {
    const { default: vi } = await import('./vi.json');
    i18n.addResourceBundle('vi', 'common', vi, true, true);
  }
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

export { i18n };
