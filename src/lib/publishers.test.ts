import type { Source } from '@data/schema';
import { rankPublishers } from './publishers';

const source = (id: string, publisher: string): Source => ({
  id,
  publisher,
  title: id,
  date: '2020-01-01',
  language: 'en',
  kind: 'news',
});
const sources = new Map(
  [source('b1', 'BelTA'), source('b2', 'BelTA'), source('v', 'VietnamNet'), source('a', 'Avia')].map((s) => [
    s.id,
    s,
  ]),
);

describe(rankPublishers.name, () => {
  it('counts a publisher once per record, most records first, then by name', () => {
    expect(rankPublishers([['v', 'b1', 'b2'], ['b2'], ['a']], sources)).toEqual([
      'BelTA',
      'Avia',
      'VietnamNet',
    ]);
  });
  it('skips ids without a source record and gives nothing for no records', () => {
    expect(rankPublishers([['missing', 'v']], sources)).toEqual(['VietnamNet']);
    expect(rankPublishers([], sources)).toEqual([]);
  });
});
