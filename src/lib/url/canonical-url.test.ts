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
});

describe(embedSnippet.name, () => {
  it('escapes attribute values', () => {
    expect(embedSnippet('https://x.org/?a=1&b="2"', 'T')).toContain(
      'src="https://x.org/?a=1&amp;b=&quot;2&quot;"',
    );
  });
});
