/**
 * The button on a year heading of the Visits timeline (namespace `visitsSince`): it moves the
 * start of the year filter at the top to that year, and its name says so. One JSON file per language.
 */
import en from './since-year-locales.en.json';
import ru from './since-year-locales.ru.json';
import vi from './since-year-locales.vi.json';

export const locales = { en, vi, ru };
