/** Every prerendered page, from the app's own table of views and its languages. */
import type { Page } from '@playwright/test';
import { VIEWS } from '../src/app/views';
import { LANGS, langPath, type Lang } from '../src/lib/url/lang';

export const PAGES: { lang: Lang; path: string; url: string }[] = LANGS.flatMap((lang) =>
  VIEWS.map((v) => ({ lang, path: v.path, url: langPath(lang, v.path) })),
);

/** Waits until the app is live: hydrated or rendered over the page (`<html data-live>`). */
export const waitLive = (page: Page) =>
  page.locator('html[data-live]').waitFor({ state: 'attached', timeout: 15_000 });

/** Holds back the requests matching `pattern` until the returned function is called. */
export async function holdRoute(page: Page, pattern: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
