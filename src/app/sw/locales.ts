/** The update notice's strings, one JSON file per language; they load with the notice, not the shell. */
import type { NamespaceResources } from '@/i18n/add-namespace';
import en from './locales.en.json';
import ru from './locales.ru.json';
import vi from './locales.vi.json';

export const locales = { en, vi, ru } satisfies NamespaceResources;
