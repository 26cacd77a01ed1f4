import { PUBLISHER_SOURCES, sourceRecord } from '@/testing/source-fixtures';
import type { Source } from '@data/schema';
import { copyName, copyUrl, localPublisher, rankPublishers } from './publishers';

const sources = PUBLISHER_SOURCES;

const imf: Source = {
  ...sourceRecord('imf', 'International Monetary Fund'),
  names: { vi: 'Quỹ Tiền tệ Quốc tế (IMF)', ru: 'Международный валютный фонд (МВФ)' },
};
const belta: Source = { ...sourceRecord('belta', 'BelTA'), names: { ru: 'БелТА' } };
const nhanDan = sourceRecord('nd', 'Nhân Dân');

describe(localPublisher.name, () => {
  it("names the publisher as the reader's language knows it", () => {
    expect(localPublisher(imf, 'vi')).toBe('Quỹ Tiền tệ Quốc tế (IMF)');
    expect(localPublisher(imf, 'ru')).toBe('Международный валютный фонд (МВФ)');
    expect(localPublisher(imf, 'en')).toBe('International Monetary Fund');
  });
  it('keeps the name it has everywhere where it has none in that language', () => {
    expect(localPublisher(belta, 'vi')).toBe('BelTA');
    expect(localPublisher(nhanDan, 'ru')).toBe('Nhân Dân');
    expect(localPublisher(nhanDan, 'vi')).toBe('Nhân Dân');
  });
});

const COPY = {
  repository: 'https://github.com/SamLeBlanc/Direction-of-Trade-Map',
  commit: 'a769819d9b25a21a362d6cabfb10f150903f834d',
  paths: ['data/DOTS/DOTS_213.xlsx', 'data/DOTS/DOTS_18.xlsx'],
};

describe(copyName.name, () => {
  it('names a GitHub copy by its owner and repository', () => {
    expect(copyName(COPY)).toBe('GitHub SamLeBlanc/Direction-of-Trade-Map');
  });
  it('names any other copy by its host and path', () => {
    expect(copyName({ repository: 'https://gitlab.com/a/b/' })).toBe('gitlab.com a/b');
  });
});

describe(copyUrl.name, () => {
  it('links the folder of the files at the commit used, not the copy as it is now', () => {
    expect(copyUrl(COPY)).toBe(
      'https://github.com/SamLeBlanc/Direction-of-Trade-Map/tree/a769819d9b25a21a362d6cabfb10f150903f834d/data/DOTS',
    );
    expect(copyUrl({ ...COPY, paths: ['a/x.xlsx', 'b/y.xlsx'] })).toBe(
      `${COPY.repository}/tree/${COPY.commit}`,
    );
  });
  it('links the repository itself off GitHub', () => {
    expect(copyUrl({ ...COPY, repository: 'https://gitlab.com/a/b' })).toBe('https://gitlab.com/a/b');
  });
});

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
  it("names the publishers in the reader's language", () => {
    const all = new Map([imf, belta, nhanDan].map((s) => [s.id, s]));
    expect(rankPublishers([['belta'], ['belta', 'imf'], ['nd']], all, 'ru')).toEqual([
      'БелТА',
      'Nhân Dân',
      'Международный валютный фонд (МВФ)',
    ]);
    expect(rankPublishers([['imf'], ['belta']], all, 'vi')).toEqual(['BelTA', 'Quỹ Tiền tệ Quốc tế (IMF)']);
  });
});
