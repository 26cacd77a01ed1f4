/** The Cite panel's strings, one JSON file per language; they load with the panel's chunk, not the shell. */
import en from './cite-panel-locales.en.json';
import ru from './cite-panel-locales.ru.json';
import vi from './cite-panel-locales.vi.json';

export const locales = { en, vi, ru };
