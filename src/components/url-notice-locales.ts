/** The link notice's own strings, one JSON file per language (the rest of the notice is in `common`). */
import en from './url-notice-locales.en.json';
import ru from './url-notice-locales.ru.json';
import vi from './url-notice-locales.vi.json';

export const locales = { en, vi, ru };
