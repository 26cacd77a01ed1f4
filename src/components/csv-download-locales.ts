/**
 * The "Download CSV" buttons' strings, one JSON file per language: the label says how many rows
 * the file will hold, the description what a row is. One namespace (`csv`) for the three views.
 */
import en from './csv-download-locales.en.json';
import ru from './csv-download-locales.ru.json';
import vi from './csv-download-locales.vi.json';

export const locales = { en, vi, ru };
