import {
  canonicalSearch,
  parseBoolParam,
  parseEnumParam,
  parseIdParam,
  parseSetParam,
  parseSortParam,
  setBoolParam,
  setSortParam,
  type SortParam,
} from './params';

const search = (s: string) => new URLSearchParams(s);

describe(parseEnumParam.name, () => {
  it('accepts a known value and ignores an unknown one by name', () => {
    const s = new URLSearchParams('flow=exports&scale=cubic');
    expect(parseEnumParam(s, 'flow', ['total', 'exports'], 'total').value).toBe('exports');
    expect(parseEnumParam(s, 'scale', ['linear', 'log'], 'linear')).toEqual({
      value: 'linear',
      issues: [{ param: 'scale', value: 'cubic', action: 'ignored' }],
    });
  });
});

describe(parseSetParam.name, () => {
  it('keeps known members in canonical order and names the rest', () => {
    const s = new URLSearchParams('kind=agreement,bogus,visit');
    const parsed = parseSetParam(s, 'kind', ['visit', 'meeting', 'agreement']);
    expect(parsed.value).toEqual(['visit', 'agreement']);
    expect(parsed.issues).toEqual([{ param: 'kind', value: 'bogus', action: 'ignored' }]);
  });
});

describe(canonicalSearch.name, () => {
  it('sorts params so equal views have equal links', () => {
    expect(canonicalSearch(new URLSearchParams('to=2020&from=2010'))).toBe('?from=2010&to=2020');
    expect(canonicalSearch(new URLSearchParams())).toBe('');
  });
});

describe(parseBoolParam.name, () => {
  it('reads 1 and 0, and the default when absent or blank', () => {
    expect(parseBoolParam(search('markers=0'), 'markers', true)).toEqual({ value: false, issues: [] });
    expect(parseBoolParam(search('mirror=1'), 'mirror', false)).toEqual({ value: true, issues: [] });
    expect(parseBoolParam(search('mirror='), 'mirror', false)).toEqual({ value: false, issues: [] });
    expect(parseBoolParam(search(''), 'markers', true)).toEqual({ value: true, issues: [] });
  });

  it('reads the older true / false without a notice', () => {
    expect(parseBoolParam(search('undated=false'), 'undated', true)).toEqual({ value: false, issues: [] });
    expect(parseBoolParam(search('mirror=true'), 'mirror', false)).toEqual({ value: true, issues: [] });
  });

  it('names anything else and keeps the default', () => {
    expect(parseBoolParam(search('mirror=yes'), 'mirror', false)).toEqual({
      value: false,
      issues: [{ param: 'mirror', value: 'yes', action: 'ignored' }],
    });
  });
});

describe(setBoolParam.name, () => {
  it('writes 1 / 0 and leaves the default out', () => {
    const s = search('mirror=true&undated=false&lang=vi');
    setBoolParam(s, 'mirror', true, false);
    setBoolParam(s, 'undated', true, true);
    setBoolParam(s, 'markers', false, true);
    expect(s.toString()).toBe('mirror=1&lang=vi&markers=0');
  });
});

describe(parseSortParam.name, () => {
  const keys = ['year', 'value', 'since'] as const;
  const fallback: SortParam<(typeof keys)[number]> = { key: 'year', dir: 'asc' };
  const parse = (s: string) => parseSortParam(search(s), 'sort', keys, fallback);

  it('reads key as ascending and -key as descending', () => {
    expect(parse('sort=since')).toEqual({ value: { key: 'since', dir: 'asc' }, issues: [] });
    expect(parse('sort=-value')).toEqual({ value: { key: 'value', dir: 'desc' }, issues: [] });
    expect(parse('')).toEqual({ value: fallback, issues: [] });
  });

  it('opens the older column-direction links in the same order, without a notice', () => {
    expect(parse('sort=value-desc')).toEqual({ value: { key: 'value', dir: 'desc' }, issues: [] });
    expect(parse('sort=since-asc')).toEqual({ value: { key: 'since', dir: 'asc' }, issues: [] });
  });

  it('names an unknown column or direction and keeps the default order', () => {
    for (const bad of ['colour', '-colour', 'value-up', 'colour-desc', '--value', '-value-desc']) {
      expect(parse(`sort=${bad}`)).toEqual({
        value: fallback,
        issues: [{ param: 'sort', value: bad, action: 'ignored' }],
      });
    }
  });
});

describe(setSortParam.name, () => {
  it('rewrites an older link in the one form and leaves the default order out', () => {
    const s = search('sort=value-desc');
    setSortParam(s, 'sort', { key: 'value', dir: 'desc' }, { key: 'year', dir: 'asc' });
    expect(s.toString()).toBe('sort=-value');
    setSortParam(s, 'sort', { key: 'year', dir: 'asc' }, { key: 'year', dir: 'asc' });
    expect(s.toString()).toBe('');
  });
});

describe(parseIdParam.name, () => {
  it('accepts a dataset id and ignores a malformed one by name', () => {
    expect(parseIdParam(search('event=visit-2023-12'), 'event')).toEqual({
      value: 'visit-2023-12',
      issues: [],
    });
    expect(parseIdParam(search('event=Visit%202023'), 'event')).toEqual({
      value: null,
      issues: [{ param: 'event', value: 'Visit 2023', action: 'ignored' }],
    });
    expect(parseIdParam(search('event=-x'), 'event').value).toBeNull();
  });

  it('ignores a well-formed id the data does not hold, when the data is known', () => {
    const known = new Set(['minsk']);
    expect(parseIdParam(search('place=minsk'), 'place', known).value).toBe('minsk');
    expect(parseIdParam(search('place=hanoi'), 'place', known).issues).toEqual([
      { param: 'place', value: 'hanoi', action: 'ignored' },
    ]);
  });
});
