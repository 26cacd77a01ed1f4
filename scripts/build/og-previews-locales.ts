/**
 * The link-preview images' own words (build only; never shipped to the browser), one JSON file per
 * language. `countLabel` stays here: it is code, not words.
 */
import en from './og-previews-locales.en.json';
import ru from './og-previews-locales.ru.json';
import vi from './og-previews-locales.vi.json';

/** A count's label in a language's plural forms (picked with `countLabel`). */
type Forms = { one?: string; few?: string; many?: string; other: string };

/** The form of `forms` that goes with `n` in `lang` (the CLDR rules i18next also follows). */
export function countLabel(lang: string, forms: Forms, n: number): string {
  const form = new Intl.PluralRules(lang).select(n) as keyof Forms;
  return forms[form] ?? forms.other;
}

export const previewLocales = { en, vi, ru };
