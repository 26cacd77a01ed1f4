import { citationsBySource } from './citations';

describe(citationsBySource.name, () => {
  it('lists every record citing a source, by kind', () => {
    const map = citationsBySource({
      official: [
        { id: 'o1', sourceId: 'imf' },
        { id: 'o2', sourceId: 'imf' },
      ] as never,
      trade: [{ id: 't1', sourceId: 'a' }] as never,
      events: [{ id: 'e1', sourceIds: ['a', 'b'] }] as never,
      partnerships: [],
      indicators: [],
      goods: [{ id: 'g1', sourceId: 'b' }] as never,
    });
    expect(map.get('a')).toEqual({ trade: ['t1'], events: ['e1'] });
    expect(map.get('b')).toEqual({ events: ['e1'], goods: ['g1'] });
    expect(map.get('imf')).toEqual({ official: ['o1', 'o2'] });
    expect(map.get('c')).toBeUndefined();
  });
});
