import { appSearch, sharedSearch, withLang } from './shared-params';

describe('sharedSearch', () => {
  it('keeps only the params every view shares, sorted', () => {
    expect(sharedSearch('?lang=vi&kind=visit&from=2010')).toBe('?from=2010&lang=vi');
    expect(sharedSearch('?kind=visit')).toBe('');
  });

  it('leaves out the shared params it is told to omit', () => {
    expect(sharedSearch('?from=2010&to=2020&lang=vi&embed=1', ['from', 'to'])).toBe('?embed=1&lang=vi');
  });
});

describe('appSearch', () => {
  it('adds the params of the target view to the shared ones, sorted', () => {
    expect(appSearch('?lang=vi&kind=visit&from=2010', { event: 'x' })).toBe('?event=x&from=2010&lang=vi');
    expect(appSearch('?from=2010&lang=vi', { event: 'x' }, ['from'])).toBe('?event=x&lang=vi');
    expect(appSearch('?kind=visit')).toBe('');
  });
});

describe(withLang.name, () => {
  it('names the language when the link has none, and keeps one it has', () => {
    expect(withLang('?from=2010', 'vi')).toBe('?from=2010&lang=vi');
    expect(withLang('', 'ru')).toBe('?lang=ru');
    expect(withLang('?lang=en&to=2020', 'vi')).toBe('?lang=en&to=2020');
  });
});
