import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeShapes } from '../api/geo-query';
import { backdropCode, backdropName, countryName, regionName } from './country-names';

// The countries the map draws, named in English by Natural Earth in the committed file.
const { countries } = decodeShapes(
  JSON.parse(readFileSync(resolve(process.cwd(), 'data/geo-countries.topo.json'), 'utf8')),
);
const names = countries.map((f) => f.properties.name);

describe(backdropName.name, () => {
  it('knows the code of every country the map draws', () => {
    expect(names.filter((n) => backdropCode(n) === undefined)).toEqual([]);
  });

  it('names every country in Russian, none in English', () => {
    expect(names.filter((n) => !/[а-яё]/i.test(backdropName(n, 'ru')))).toEqual([]);
  });

  it('names the countries in Vietnamese (many are written as in English, e.g. Malaysia)', () => {
    const vi = Object.fromEntries(names.map((n) => [n, backdropName(n, 'vi')]));
    expect(vi).toMatchObject({
      China: 'Trung Quốc',
      Laos: 'Lào',
      Cambodia: 'Campuchia',
      Thailand: 'Thái Lan',
      Russia: 'Nga',
      Poland: 'Ba Lan',
      Vietnam: 'Việt Nam',
      Malaysia: 'Malaysia',
    });
  });

  it('gives the short, familiar form', () => {
    expect(backdropName('China', 'vi')).toBe('Trung Quốc');
    expect(backdropName('China', 'ru')).toBe('Китай');
    expect(backdropName('Hong Kong', 'en')).toBe('Hong Kong');
    expect(backdropName('Thailand', 'en')).toBe('Thailand');
  });

  it('keeps a name it has no code for', () => {
    expect(backdropName('Atlantis', 'ru')).toBe('Atlantis');
  });
});

describe(countryName.name, () => {
  const fallback = (code: string) => `locale:${code}`;

  it('names a place in a third country in the reader’s language', () => {
    expect(countryName('RU', 'vi', fallback)).toBe('Nga');
    expect(countryName('RU', 'ru', fallback)).toBe('Россия');
    expect(countryName('VN', 'ru', fallback)).toBe('Вьетнам');
  });

  it('leaves "another country" to the locales', () => {
    expect(countryName('OTHER', 'vi', fallback)).toBe('locale:OTHER');
  });
});

describe(regionName.name, () => {
  it('is undefined for a code with no name', () => {
    expect(regionName('QQ', 'en')).toBeUndefined();
  });
});
