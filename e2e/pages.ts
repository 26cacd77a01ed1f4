/** Every prerendered page, from the app's own table of views and its languages. */
import { VIEWS } from '../src/app/views';
import { LANGS, langPath, type Lang } from '../src/lib/url/lang';

export const PAGES: { lang: Lang; path: string; url: string }[] = LANGS.flatMap((lang) =>
  VIEWS.map((v) => ({ lang, path: v.path, url: langPath(lang, v.path) })),
);
