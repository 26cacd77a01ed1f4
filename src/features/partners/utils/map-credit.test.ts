import { PUBLISHER_SOURCES } from '@/testing/source-fixtures';
import type { Partnership } from '@data/schema';
import { firstPublishers, mapFileName, pairPublishers } from './map-credit';

const sources = PUBLISHER_SOURCES;
const pair = (id: string, sourceIds: string[]) => ({ id, sourceIds }) as unknown as Partnership;

describe(pairPublishers.name, () => {
  it('lists each publisher once, the one behind most pairs first, then by name', () => {
    const pairs = [pair('p1', ['v', 'b1', 'b2']), pair('p2', ['b2']), pair('p3', ['a'])];
    expect(pairPublishers(pairs, sources, 'en')).toEqual(['BelTA', 'Avia', 'VietnamNet']);
  });

  it('names only the sources of the pairs shown, and skips unknown ids', () => {
    expect(pairPublishers([pair('p1', ['v', 'missing'])], sources, 'en')).toEqual(['VietnamNet']);
    expect(pairPublishers([], sources, 'en')).toEqual([]);
  });
});

describe(firstPublishers.name, () => {
  it('keeps the first n and counts the rest', () => {
    expect(firstPublishers(['a', 'b', 'c', 'd'], 3)).toEqual({ list: ['a', 'b', 'c'], more: 1 });
    expect(firstPublishers(['a'], 3)).toEqual({ list: ['a'], more: 0 });
  });
});

describe(mapFileName.name, () => {
  it('names the view and the end year', () => {
    expect(mapFileName(2024, 'svg')).toBe('vietnam-belarus-partner-cities-2024.svg');
  });
});
