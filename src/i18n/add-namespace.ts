/**
 * Adds a namespace's strings to an i18next instance, each language once. Its own module, free of
 * the instance, so a lazy chunk given the instance (the Cite panel) can add its strings without
 * importing `i18n.ts`, which would change how the bundler splits the shell.
 */
import type { i18n as I18n } from 'i18next';
import type { Lang } from '@/lib/url/lang';

/** A namespace's strings, one bundle per language: `{ en: {...}, vi: {...}, ru: {...} }`. */
export type NamespaceResources = Record<Lang, Record<string, unknown>>;

export function addNamespace(instance: I18n, ns: string, resources: NamespaceResources): void {
  for (const [lang, bundle] of Object.entries(resources)) {
    if (!instance.hasResourceBundle(lang, ns)) instance.addResourceBundle(lang, ns, bundle, true, true);
  }
}

/**
 * A lazy panel's strings: its namespace added to the caller's instance, and a `t` fixed to the
 * panel's language and namespace (a modal panel's language cannot change while it is open).
 */
export function panelT(instance: I18n, lang: Lang, ns: string, resources: NamespaceResources) {
  addNamespace(instance, ns, resources);
  return instance.getFixedT(lang, ns);
}
