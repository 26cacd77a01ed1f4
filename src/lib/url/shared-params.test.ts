import { sharedSearch } from './shared-params';

describe('sharedSearch', () => {
  it('keeps only the params every view shares, sorted', () => {
    expect(sharedSearch('?lang=vi&kind=visit&from=2010')).toBe('?from=2010&lang=vi');
    expect(sharedSearch('?kind=visit')).toBe('');
  });

  it('leaves out the shared params it is told to omit', () => {
    expect(sharedSearch('?from=2010&to=2020&lang=vi&embed=1', ['from', 'to'])).toBe('?embed=1&lang=vi');
  });
});
