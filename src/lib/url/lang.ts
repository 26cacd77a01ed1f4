/** The UI language: `?lang=vi`, `?lang=en` or `?lang=ru`; without it, the browser's language decides. */
import type { Parsed } from './params';

/** The UI languages. Adding one: a locale block per namespace, its shell JSON, data texts (src/i18n/README.md). */
export const LANGS = ['en', 'vi', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language named in itself, as the language switcher lists it. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', vi: 'Tiếng Việt', ru: 'Русский' };

/**
 * Browser languages each UI language serves, by primary subtag. Belarusian readers get Russian:
 * the dashboard has no Belarusian UI, and Russian is what most of them read.
 */
const SERVES: Record<string, Lang> = { en: 'en', vi: 'vi', ru: 'ru', be: 'ru' };

/**
 * The reader's preferred language from `navigator.languages`: the first listed that one of ours
 * serves, else English. `['be-BY', 'en']` → 'ru'; `['de', 'vi-VN']` → 'vi'.
 */
export function browserLang(languages: readonly string[] | undefined): Lang {
  for (const l of languages ?? []) {
    const lang = SERVES[l.toLowerCase().split(/[-_]/)[0]!];
    if (lang) return lang;
  }
  return 'en';
}

/** Where the language a reader chose in the switcher is kept for their next visit. */
export const LANG_STORAGE_KEY = 'vn-by-lang';

/** The language chosen in the switcher on an earlier visit, if any (storage may be blocked). */
export function storedLang(storage: Pick<Storage, 'getItem'> | undefined): Lang | null {
  try {
    const v = storage?.getItem(LANG_STORAGE_KEY);
    return v && (LANGS as readonly string[]).includes(v) ? (v as Lang) : null;
  } catch {
    return null;
  }
}

/** Remembers the reader's choice; a blocked storage just forgets it. */
export function rememberLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private modes may refuse storage: the link still carries the language.
  }
}

/**
 * The language of a visit whose link names none: the one the reader chose before, else the
 * browser's. `?lang=` in a link always wins over both (`parseLang`).
 */
export function preferredLang(
  storage: Pick<Storage, 'getItem'> | undefined,
  languages: readonly string[] | undefined,
): Lang {
  return storedLang(storage) ?? browserLang(languages);
}

/** `?lang=` when it names one of ours (a link's language always wins over the browser's). */
export function parseLang(search: URLSearchParams, fallback: Lang): Parsed<Lang> {
  const raw = search.get('lang');
  if (raw === null || raw === '') return { value: fallback, issues: [] };
  if ((LANGS as readonly string[]).includes(raw)) return { value: raw as Lang, issues: [] };
  return { value: fallback, issues: [{ param: 'lang', value: raw, action: 'ignored' }] };
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', vi: 'vi-VN', ru: 'ru-RU' };

/** BCP 47 locale used for Intl formatting: 'en' → "en-GB", 'ru' → "ru-RU" (ru-BY formats the same). */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}
