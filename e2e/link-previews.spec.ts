import { expect, test } from '@playwright/test';
import { PAGES } from './pages';

/** A link pasted into a chat is read without running scripts: the served HTML must carry it all. */
test.describe('link previews', () => {
  const english: Record<string, string> = {
    '/': 'Vietnam and Belarus at a glance',
    '/trade': 'Trade between Vietnam and Belarus',
    '/visits': 'Visits and agreements',
    '/partners': 'Partner cities',
    '/sources': 'Sources',
    '/about': 'About the data and method',
  };
  for (const { url, lang, path } of PAGES) {
    test(`${url} has its own title, description, alternates and preview image in its language`, async ({
      request,
    }) => {
      // A shared link with params gets the page too.
      const html = await (await request.get(`${url}?from=2010`)).text();
      const meta = (key: string) =>
        html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`))?.[1];
      expect(html).toContain(`<html lang="${lang}"`);
      const title = meta('og:title')!;
      if (lang === 'en') expect(title).toBe(english[path]);
      // The page's heading is its title: the preview names what the page shows.
      expect(html).toMatch(new RegExp(`<h1[^>]*>${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
      expect(html.match(/<title>/g)).toHaveLength(1);
      expect(meta('og:description')!.length).toBeGreaterThan(40);
      expect(meta('twitter:card')).toBe('summary_large_image');
      for (const l of ['en', 'vi', 'ru', 'x-default']) expect(html).toContain(`hreflang="${l}"`);
      expect(html).toContain(`<link rel="canonical" href="${url}">`);
      const image = meta('og:image')!;
      expect(image).toMatch(new RegExp(`/previews/[a-z]+-${lang}\\.png$`));
      const png = await request.get(image);
      expect(png.status()).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
      expect((await png.body()).length).toBeGreaterThan(5_000);
    });
  }
});
