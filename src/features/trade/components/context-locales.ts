/** What the comparison's marks mean on each scale (namespace `tradeContext`), one JSON file per language. */
import type { Lang } from '@/lib/url/lang';
import en from './context-locales.en.json';
import ru from './context-locales.ru.json';
import vi from './context-locales.vi.json';

// Typed as English's shape so a language that lacks a key fails to compile.
export const locales: Record<Lang, typeof en> = { en, vi, ru };
