/** The nav's scroll cues on narrow screens, one JSON file per language (namespace `siteNav`). */
import en from './site-nav-locales.en.json';
import ru from './site-nav-locales.ru.json';
import vi from './site-nav-locales.vi.json';

export const locales = { en, vi, ru };
