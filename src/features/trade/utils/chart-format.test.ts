import { compactUsd } from './chart-format';

describe(compactUsd.name, () => {
  it('writes Vietnamese amounts in words, as Vietnamese readers write them', () => {
    expect(compactUsd(300e6, 'vi')).toBe('300 triệu USD');
    expect(compactUsd(1.5e9, 'vi')).toBe('1,5 tỷ USD');
    expect(compactUsd(500e3, 'vi')).toBe('500 nghìn USD');
    expect(compactUsd(0, 'vi')).toBe('0 USD');
  });
  it('keeps the compact currency forms in English and Russian', () => {
    expect(compactUsd(300e6, 'en')).toMatch(/^\$300(\.0)?m$/i);
    expect(compactUsd(300e6, 'ru')).toMatch(/^300(,0)?\sмлн\s\$$/);
  });
});
