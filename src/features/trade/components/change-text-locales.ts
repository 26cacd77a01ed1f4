/**
 * The note beside a change whose base year is not the year before (namespace `tradeChange`):
 * "+12% vs 2019 (no figures for 2020–2021)", never read as a one-year change. One JSON file per
 * language.
 */
import en from './change-text-locales.en.json';
import ru from './change-text-locales.ru.json';
import vi from './change-text-locales.vi.json';

export const locales = { en, vi, ru };
