import { makeEvent } from '@/testing/event-fixtures';
import { commissionGaps } from './commission-gaps';

const session = (kind: 'commission-igc' | 'commission-military', n: number) =>
  makeEvent({ id: `${kind}-${n}`, kind, session: n });

describe(commissionGaps.name, () => {
  it('names the runs of numbers below the last session that the data lacks, per commission', () => {
    const events = [8, 9, 10, 12, 14, 15, 16].map((n) => session('commission-igc', n));
    events.push(session('commission-military', 17));
    expect(commissionGaps(events)).toEqual([
      {
        kind: 'commission-igc',
        last: 16,
        missing: [
          [1, 7],
          [11, 11],
          [13, 13],
        ],
      },
      { kind: 'commission-military', last: 17, missing: [[1, 16]] },
    ]);
  });

  it('says nothing of a commission with every session, or of events without a number', () => {
    const events = [1, 2, 3].map((n) => session('commission-igc', n));
    events.push(makeEvent({ id: 'visit', kind: 'visit' }));
    expect(commissionGaps(events)).toEqual([]);
  });
});
