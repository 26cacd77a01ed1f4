/**
 * Data texts (event titles, notes, place names…) in the reader's language. Every text has English;
 * the others may still be missing while a language is being filled in, and then English is shown.
 *   localText({ en: 'Hanoi', vi: 'Hà Nội', ru: 'Ханой' }, 'ru') → "Ханой"
 *   localText({ en: 'Hanoi', vi: 'Hà Nội' }, 'ru') → "Hanoi"
 */
import type { Lang } from '@/lib/url/lang';

/** A text in several languages, English always among them (the schema's `bilingual`, place names). */
export type LocalTexts = { en: string } & Partial<Record<Lang, string>>;

/** The text in `lang`, else in English. */
export function localText(text: LocalTexts, lang: Lang): string {
  return text[lang] || text.en;
}
