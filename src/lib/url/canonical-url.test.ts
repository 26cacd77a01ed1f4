import { canonicalUrl, embedSnippet, embedUrl } from './canonical-url';

describe(canonicalUrl.name, () => {
  it('always carries the language and sorts params', () => {
    expect(canonicalUrl('https://x.org', '/trade', '?to=2024&flow=exports', 'vi')).toBe(
      'https://x.org/trade?flow=exports&lang=vi&to=2024',
    );
  });
  it('drops embed from a shared link', () => {
    expect(canonicalUrl('https://x.org', '/', '?embed=1', 'en')).toBe('https://x.org/?lang=en');
  });
});

describe(embedUrl.name, () => {
  it('adds embed=1', () => {
    expect(embedUrl('https://x.org', '/visits', '?event=a', 'en')).toBe(
      'https://x.org/visits?embed=1&event=a&lang=en',
    );
  });
  it('asks for the figure alone with embed=chart, replacing a full-view embed', () => {
    expect(embedUrl('https://x.org', '/trade', '?embed=1&from=2010', 'vi', 'chart')).toBe(
      'https://x.org/trade?embed=chart&from=2010&lang=vi',
    );
  });
});

describe(embedSnippet.name, () => {
  it('escapes attribute values', () => {
    expect(embedSnippet('https://x.org/?a=1&b="2"', 'T')).toContain(
      'src="https://x.org/?a=1&amp;b=&quot;2&quot;"',
    );
  });
  it('makes a chart-only frame shorter than a full-view one', () => {
    expect(embedSnippet('u', 'T', 'chart')).toContain('height="560"');
    expect(embedSnippet('u', 'T')).toContain('height="640"');
  });
});
