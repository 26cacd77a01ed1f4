import { datePoint, makeEvent } from '@/testing/event-fixtures';
import type { DatasetEvent } from '@data/schema';
import { highLevelSearch, lastHighLevelVisits } from './last-visits';

const ev = (
  id: string,
  start: string,
  direction: DatasetEvent['direction'],
  level: DatasetEvent['level'] = 'head-of-state',
  kind: DatasetEvent['kind'] = 'visit',
): DatasetEvent => makeEvent({ id, kind, date: datePoint(start), level, direction });

const events = [
  ev('vn-2010', '2010-05', 'vn-to-by'),
  ev('vn-2017', '2017-06-26', 'vn-to-by', 'head-of-government'),
  ev('vn-2019-minister', '2019-03', 'vn-to-by', 'ministerial'),
  ev('vn-2020-agreement', '2020-01-02', 'vn-to-by', 'head-of-state', 'agreement'),
  ev('by-2008', '2008-04-07', 'by-to-vn'),
  ev('by-2018', '2018', 'by-to-vn', 'parliament'),
  ev('met-2019', '2019-10-24', 'third-country'),
];
const all = { from: 1950, to: 2030 };

describe(lastHighLevelVisits.name, () => {
  it('gives the newest high-level visit each way and how many there were', () => {
    const last = lastHighLevelVisits(events, all);
    expect(last['vn-to-by'].event?.id).toBe('vn-2017');
    expect(last['vn-to-by'].count).toBe(2);
    expect(last['by-to-vn'].event?.id).toBe('by-2018');
    expect(last['by-to-vn'].count).toBe(2);
  });

  it('leaves out ministerial visits, other kinds of event and meetings in a third country', () => {
    const last = lastHighLevelVisits(events, all);
    const ids = [last['vn-to-by'].event?.id, last['by-to-vn'].event?.id];
    expect(ids).not.toContain('vn-2019-minister');
    expect(ids).not.toContain('vn-2020-agreement');
    expect(ids).not.toContain('met-2019');
  });

  it('keeps to the years chosen, and has none when none went that way', () => {
    const last = lastHighLevelVisits(events, { from: 2009, to: 2016 });
    expect(last['vn-to-by']).toEqual({ event: events[0], count: 1 });
    expect(last['by-to-vn']).toEqual({ count: 0 });
  });

  it('orders a day after the month and year it falls in, as the Visits list does', () => {
    const last = lastHighLevelVisits(
      [ev('b-day', '2018-02-03', 'by-to-vn'), ev('a-year', '2018', 'by-to-vn')],
      all,
    );
    expect(last['by-to-vn'].event?.id).toBe('b-day');
  });
});

describe(highLevelSearch.name, () => {
  it('lists the way’s high-level visits in the Visits view’s own params', () => {
    expect(new URLSearchParams(highLevelSearch('by-to-vn')).toString()).toBe(
      'kind=visit&level=head-of-state%2Chead-of-government%2Cparty-leader%2Cparliament&dir=by-to-vn',
    );
  });
});
