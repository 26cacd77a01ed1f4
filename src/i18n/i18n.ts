/**
 * i18next with bundled resources. The shell's strings live in `common`: English ships with the
 * shell, the other languages' JSON loads on first use (`setLanguage`). Each view registers its own
 * namespace, every language, when its lazy chunk loads (`registerNamespace`), so its strings ship
 * with it. How to add a language: README.md beside this file.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@/lib/url/lang';
import { addNamespace, type NamespaceResources } from './add-namespace';
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

/** Adds a view's strings when its chunk loads; every namespace gives every language. */
export function registerNamespace(ns: string, resources: NamespaceResources): void {
  addNamespace(i18n, ns, resources);
}

/** The shell strings of each language but English (which ships with the shell), as lazy chunks. */
const COMMON: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Resources }>> = {
  vi: () => import('./vi.json'),
  ru: () => import('./ru.json'),
};

/** Loads a language's shell strings if they are not here yet, then switches to it. */
export async function setLanguage(lang: Lang): Promise<void> {
  if (lang !== 'en' && !i18n.hasResourceBundle(lang, 'common')) {
    const { default: bundle } = await COMMON[lang]();
    i18n.addResourceBundle(lang, 'common', bundle, true, true);
  }
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

export { i18n };
