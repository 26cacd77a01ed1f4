import { expect, test } from '@playwright/test';

/** A link pasted into a chat is read without running scripts: the served HTML must carry it all. */
test.describe('link previews', () => {
  const routes: [string, string][] = [
    ['/', 'Vietnam and Belarus at a glance'],
    ['/trade', 'Trade between Vietnam and Belarus'],
    ['/visits', 'Visits and agreements'],
    ['/partners', 'Partner cities'],
    ['/sources', 'Sources'],
    ['/about', 'About the data and method'],
  ];
  for (const [route, title] of routes) {
    test(`${route} has its own title, description and preview image`, async ({ request }) => {
      // A shared link with params gets the route's page too.
      const html = await (await request.get(`${route}?from=2010&lang=vi`)).text();
      const meta = (key: string) =>
        html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`))?.[1];
      expect(meta('og:title')).toBe(title);
      expect(html).toContain(`<title>${title} · Vietnam–Belarus Relations</title>`);
      expect(html.match(/<title>/g)).toHaveLength(1);
      expect(meta('og:description')!.length).toBeGreaterThan(40);
      expect(meta('twitter:card')).toBe('summary_large_image');
      const image = meta('og:image')!;
      expect(image).toMatch(/\/previews\/[a-z]+-en\.png$/);
      const png = await request.get(image);
      expect(png.status()).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
      expect((await png.body()).length).toBeGreaterThan(5_000);
    });
  }
});
