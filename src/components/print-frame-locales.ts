/** What only paper shows, one JSON file per language; loaded with the print frame, not the shell. */
import en from './print-frame-locales.en.json';
import ru from './print-frame-locales.ru.json';
import vi from './print-frame-locales.vi.json';

export const locales = { en, vi, ru };
