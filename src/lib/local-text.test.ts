import { localText } from './local-text';

describe(localText.name, () => {
  const hanoi = { vi: 'Hà Nội', en: 'Hanoi', ru: 'Ханой', be: 'Ханой' };

  it('gives the text in the reader’s language', () => {
    expect(localText(hanoi, 'ru')).toBe('Ханой');
    expect(localText(hanoi, 'vi')).toBe('Hà Nội');
    expect(localText(hanoi, 'en')).toBe('Hanoi');
  });

  it('falls back to English only where the language is missing', () => {
    expect(localText({ vi: 'Hà Nội', en: 'Hanoi' }, 'ru')).toBe('Hanoi');
    expect(localText({ vi: 'Hà Nội', en: 'Hanoi', ru: '' }, 'ru')).toBe('Hanoi');
  });
});
