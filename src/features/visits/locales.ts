/** The Visits view's strings, one JSON file per language beside this module (translators edit those). */
import en from './locales.en.json';
import ru from './locales.ru.json';
import vi from './locales.vi.json';

export const locales = { en, vi, ru };
