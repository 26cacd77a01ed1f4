import { sitemapXml } from './sitemap';

describe(sitemapXml.name, () => {
  it('lists every view in every language with its alternates, in absolute links', () => {
    const xml = sitemapXml('https://x.org/');
    expect(xml.match(/<loc>/g)).toHaveLength(18);
    expect(xml).toContain('<loc>https://x.org/vi/trade</loc>');
    expect(xml).toContain('<loc>https://x.org/ru</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="ru" href="https://x.org/ru/visits"/>');
  });
});
