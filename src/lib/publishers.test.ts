import { PUBLISHER_SOURCES } from '@/testing/source-fixtures';
import { rankPublishers } from './publishers';

const sources = PUBLISHER_SOURCES;

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
