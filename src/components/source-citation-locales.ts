/** How a source names the copy its files were read from, one JSON file per language (namespace `sourceCitation`). */
import en from './source-citation-locales.en.json';
import ru from './source-citation-locales.ru.json';
import vi from './source-citation-locales.vi.json';

export const locales = { en, vi, ru };
