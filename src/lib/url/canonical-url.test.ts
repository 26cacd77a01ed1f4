import { canonicalUrl, embedSnippet, embedUrl } from './canonical-url';

describe(canonicalUrl.name, () => {
  it('names the language in the path and sorts params', () => {
    expect(canonicalUrl('https://x.org', '/trade', '?to=2024&flow=exports', 'vi')).toBe(
      'https://x.org/vi/trade?flow=exports&to=2024',
    );
    expect(canonicalUrl('https://x.org', '/vi/trade', '', 'ru')).toBe('https://x.org/ru/trade');
    expect(canonicalUrl('https://x.org', '/ru', '', 'en')).toBe('https://x.org/');
  });
  it('drops embed and an old lang param from a shared link', () => {
    expect(canonicalUrl('https://x.org', '/', '?embed=1&lang=vi', 'en')).toBe('https://x.org/');
  });
});

describe(embedUrl.name, () => {
  it('adds embed=1', () => {
    expect(embedUrl('https://x.org', '/visits', '?event=a', 'en')).toBe(
      'https://x.org/visits?embed=1&event=a',
    );
  });
  it('asks for the figure alone with embed=chart, replacing a full-view embed', () => {
    expect(embedUrl('https://x.org', '/trade', '?embed=1&from=2010', 'vi', 'chart')).toBe(
      'https://x.org/vi/trade?embed=chart&from=2010',
    );
  });
});

describe(embedSnippet.name, () => {
  it('escapes attribute values', () => {
    expect(embedSnippet('https://x.org/?a=1&b="2"', 'T')).toContain(
      'src="https://x.org/?a=1&amp;b=&quot;2&quot;"',
    );
  });
  it('adds a script that sets only this site’s frames to the height their view reports', () => {
    const snippet = embedSnippet('https://x.org/visits?embed=chart', 'Visits – Site', 'chart');
    expect(snippet).toContain('title="Visits – Site"');
    expect(snippet).toMatch(/<script>.*e\.origin!=="https:\/\/x\.org".*vnby-embed-height.*<\/script>$/s);
  });

  it('makes a chart-only frame shorter than a full-view one', () => {
    expect(embedSnippet('u', 'T', 'chart')).toContain('height="560"');
    expect(embedSnippet('u', 'T')).toContain('height="640"');
  });
});
