/**
 * The UI language is part of the path: English at the bare paths (`/trade`), Vietnamese and
 * Russian under a prefix (`/vi/trade`, `/ru/visits?event=…`), so a static host serves each
 * language its own prerendered page. A bare path with nothing chosen before takes the browser's
 * language (`firstPaint()` in src/app/first-paint/decide.ts, before the first paint).
 */
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
 * The language of a visit whose link names none (a bare path): the one the reader chose before,
 * else the browser's. A prefixed path always wins over both.
 */
export function preferredLang(
  storage: Pick<Storage, 'getItem'> | undefined,
  languages: readonly string[] | undefined,
): Lang {
  return storedLang(storage) ?? browserLang(languages);
}

/** The path prefix of each language: English has none. */
const PREFIX: Record<Lang, string> = { en: '', vi: '/vi', ru: '/ru' };

/** A location's path split into its language and the view's own path (`/vi/trade` → vi, `/trade`). */
export interface LangPath {
  lang: Lang;
  /** The view's path without the language, `/` for the overview. */
  path: string;
  /** Whether the path names its language (`/vi/…`, `/ru/…`); a bare path does not. */
  named: boolean;
}

/** `/vi/trade` → { vi, /trade, named }; `/trade` → { en, /trade }; `/ru` → { ru, / , named }. */
export function splitLangPath(pathname: string): LangPath {
  const m = /^\/(vi|ru)(?=\/|$)(.*)$/.exec(pathname);
  const rest = m ? m[2]! : pathname;
  const path = rest.replace(/\/+$/, '') || '/';
  return m ? { lang: m[1] as Lang, path, named: true } : { lang: 'en', path, named: false };
}

/** A view's path in a language: `langPath('vi', '/trade')` → `/vi/trade`; `langPath('ru', '/')` → `/ru`. */
export function langPath(lang: Lang, path: string): string {
  const prefix = PREFIX[lang];
  if (path === '/' || path === '') return prefix || '/';
  return `${prefix}${path}`;
}

/**
 * Old links named the language as `?lang=vi`: the same view in the new form, every other param
 * kept (`/trade?from=2010&lang=vi` → `/vi/trade?from=2010`). Null when there is nothing to move.
 * `lang=en` stays on a bare path, where it is the only way a link names English (a bare path
 * alone takes the reader's language). An unknown value is left for the URL notice to name. The
 * one migration of the language.
 */
export function migrateLangParam(pathname: string, search: string): string | null {
  const params = new URLSearchParams(search);
  const raw = params.get('lang');
  if (raw === null || !(LANGS as readonly string[]).includes(raw)) return null;
  const at = splitLangPath(pathname);
  if (raw === 'en' && !at.named) return null;
  if (raw !== 'en') params.delete('lang');
  const rest = params.toString();
  return `${langPath(raw as Lang, at.path)}${rest ? `?${rest}` : ''}`;
}

/** Whether a location names its language: a prefix, or an old link's `lang=en` on a bare path. */
export function namesLang(pathname: string, search: string): boolean {
  return splitLangPath(pathname).named || new URLSearchParams(search).get('lang') === 'en';
}

/** `?lang=` that names no language of ours, for the URL notice (an old link's typo). */
export function langParamIssues(search: URLSearchParams): Parsed<null>['issues'] {
  const raw = search.get('lang');
  if (raw === null || (LANGS as readonly string[]).includes(raw)) return [];
  return [{ param: 'lang', value: raw, action: 'ignored' }];
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', vi: 'vi-VN', ru: 'ru-RU' };

/** BCP 47 locale used for Intl formatting: 'en' → "en-GB", 'ru' → "ru-RU" (ru-BY formats the same). */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}
