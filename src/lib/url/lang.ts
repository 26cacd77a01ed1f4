/** The UI language: `?lang=vi` or `?lang=en`; without it, the browser's language decides. */
import type { Parsed } from './params';

export const LANGS = ['en', 'vi'] as const;
export type Lang = (typeof LANGS)[number];

/** The reader's preferred language from `navigator.languages`: Vietnamese if listed first among ours. */
export function browserLang(languages: readonly string[] | undefined): Lang {
  for (const l of languages ?? []) {
    const base = l.toLowerCase().slice(0, 2);
    if (base === 'vi') return 'vi';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function parseLang(search: URLSearchParams, fallback: Lang): Parsed<Lang> {
  const raw = search.get('lang');
  if (raw === null || raw === '') return { value: fallback, issues: [] };
  if ((LANGS as readonly string[]).includes(raw)) return { value: raw as Lang, issues: [] };
  return { value: fallback, issues: [{ param: 'lang', value: raw, action: 'ignored' }] };
}

/** BCP 47 locale used for Intl formatting. */
export function localeOf(lang: Lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-GB';
}
