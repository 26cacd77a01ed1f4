/** The Embed panel's strings, one JSON file per language; they load with the panel's chunk, not the shell. */
import en from './embed-panel-locales.en.json';
import ru from './embed-panel-locales.ru.json';
import vi from './embed-panel-locales.vi.json';

export const locales = { en, vi, ru };
