/** `sitemap.xml`: every view in every language, each with its other languages (hreflang). */
import { VIEWS } from '../../src/app/views.ts';
import { LANGS, langPath } from '../../src/lib/url/lang.ts';

const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function sitemapXml(siteUrl: string): string {
  const origin = siteUrl.replace(/\/$/, '');
  const urls = VIEWS.flatMap((view) =>
    LANGS.map((lang) => {
      const alternates = LANGS.map(
        (l) =>
          `    <xhtml:link rel="alternate" hreflang="${l}" href="${esc(origin + langPath(l, view.path))}"/>`,
      );
      return [
        `  <url>`,
        `    <loc>${esc(origin + langPath(lang, view.path))}</loc>`,
        ...alternates,
        `  </url>`,
      ].join('\n');
    }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
