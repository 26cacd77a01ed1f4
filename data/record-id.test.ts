import { describe, expect, it } from 'vitest';
import { compareIds, RECORD_ID_PATTERN } from './record-id';

describe('compareIds', () => {
  it('orders ids as localeCompare does, dashes before digits before letters', () => {
    const ids = [
      'visit-2023-12-b',
      'visit-2023-1',
      'visit-2023-12',
      'agreement-9',
      'a-1',
      'a1',
      'a-b',
      'visit-2023-12-a',
    ];
    for (const id of ids) expect(id).toMatch(RECORD_ID_PATTERN);
    const byLocale = [...ids].sort((a, b) => a.localeCompare(b));
    expect([...ids].sort(compareIds)).toEqual(byLocale);
    expect(compareIds('a', 'a')).toBe(0);
  });
});
