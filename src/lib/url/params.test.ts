import { canonicalSearch, parseEnumParam, parseSetParam } from './params';

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
