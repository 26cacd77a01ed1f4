import { HANOI_MINSK } from '@/testing/event-fixtures';
import { existsBy, otherEnd, pairSince, pairsOfPlace, sinceYear, touchesPlace } from './partnerships';

const dated = {
  ...HANOI_MINSK,
  id: 'hcmc-minsk',
  vnPlaceId: 'hcmc',
  since: { start: '2004-05', precision: 'month' as const },
};

describe(sinceYear.name, () => {
  it('reads the year of since.start, or null', () => {
    expect(sinceYear(dated)).toBe(2004);
    expect(sinceYear(HANOI_MINSK)).toBeNull();
  });
});

describe(existsBy.name, () => {
  it('counts a pair from its year on, and an undated one only when asked', () => {
    expect(existsBy(2004, 2003)).toBe(false);
    expect(existsBy(2004, 2004)).toBe(true);
    expect(existsBy(2004, 2020)).toBe(true);
    expect(existsBy(pairSince(HANOI_MINSK), 2020)).toBe(true);
    expect(existsBy(pairSince(HANOI_MINSK), 2020, false)).toBe(false);
    expect(existsBy(pairSince(dated), 2003)).toBe(false);
  });
});

describe(pairsOfPlace.name, () => {
  it('finds the pairs a locality is either end of', () => {
    const pairs = [HANOI_MINSK, dated];
    expect(pairsOfPlace(pairs, 'minsk').map((p) => p.id)).toEqual(['hanoi-minsk', 'hcmc-minsk']);
    expect(pairsOfPlace(pairs, 'hanoi').map((p) => p.id)).toEqual(['hanoi-minsk']);
    expect(pairsOfPlace(pairs, 'gomel')).toEqual([]);
    expect(touchesPlace(HANOI_MINSK, 'hcmc')).toBe(false);
  });
});

describe(otherEnd.name, () => {
  it('gives the locality at the other end', () => {
    expect(otherEnd(HANOI_MINSK, 'hanoi')).toBe('minsk');
    expect(otherEnd(HANOI_MINSK, 'minsk')).toBe('hanoi');
  });
});
