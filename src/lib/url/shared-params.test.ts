import { appSearch, parseShared, sharedSearch } from './shared-params';

describe('sharedSearch', () => {
  it('keeps only the params every view shares, sorted', () => {
    expect(sharedSearch('?embed=1&kind=visit&from=2010')).toBe('?embed=1&from=2010');
    expect(sharedSearch('?kind=visit')).toBe('');
  });

  it('leaves out the shared params it is told to omit', () => {
    expect(sharedSearch('?from=2010&to=2020&embed=1', ['from', 'to'])).toBe('?embed=1');
  });
});

describe('appSearch', () => {
  it('adds the params of the target view to the shared ones, sorted', () => {
    expect(appSearch('?kind=visit&from=2010', { event: 'x' })).toBe('?event=x&from=2010');
    expect(appSearch('?from=2010&to=2020', { event: 'x' }, ['from'])).toBe('?event=x&to=2020');
    expect(appSearch('?kind=visit')).toBe('');
  });
});

describe(parseShared.name, () => {
  const domain = { min: 1992, max: 2026 };

  it('reads the language from the path and the years and embed from the search', () => {
    expect(parseShared('/vi/trade', '?from=2010&embed=chart', domain)).toEqual({
      lang: 'vi',
      path: '/trade',
      range: { from: 2010, to: 2026 },
      embed: 'chart',
      issues: [],
    });
    expect(parseShared('/', '', domain)).toMatchObject({ lang: 'en', path: '/', embed: null });
  });

  it('names every shared param it cannot use', () => {
    const { issues } = parseShared('/ru/visits', '?from=abc&lang=xx&embed=yes', domain);
    expect(issues.map((i) => i.param)).toEqual(['from', 'lang', 'embed']);
  });
});
