import { byId } from './by-id';

describe(byId.name, () => {
  it('finds each record by its id, and nothing for an id no record has', () => {
    const a = { id: 'a', n: 1 };
    const b = { id: 'b', n: 2 };
    const map = byId([a, b]);
    expect(map.get('b')).toBe(b);
    expect(map.get('c')).toBeUndefined();
    expect(map.size).toBe(2);
  });

  it('keeps the last record of a repeated id', () => {
    expect(
      byId([
        { id: 'a', n: 1 },
        { id: 'a', n: 2 },
      ]).get('a')?.n,
    ).toBe(2);
  });
});
