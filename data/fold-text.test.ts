import { foldText, latinOf } from './fold-text.ts';

describe(foldText.name, () => {
  it('removes Vietnamese tone and vowel marks', () => {
    expect(foldText('Hà Nội')).toBe('ha noi');
    expect(foldText('Hồ Chí Minh')).toBe('ho chi minh');
  });

  it('folds đ and Đ to d, which NFD alone leaves alone', () => {
    expect(foldText('Đà Nẵng')).toBe('da nang');
    expect(foldText('Phạm Minh Chính đã')).toBe('pham minh chinh da');
  });

  it('lower-cases Latin and Cyrillic', () => {
    expect(foldText('LUKASHENKO')).toBe('lukashenko');
    expect(foldText('ЛУКАШЕНКО')).toBe('лукашенко');
  });

  it('folds ё to е, as it folds other diacritics', () => {
    expect(foldText('Лукашенко Ёлка')).toBe('лукашенко елка');
    expect(foldText('Артём')).toBe(foldText('Артем'));
    expect(foldText('Хынгйен')).toBe(foldText('Хынгиен'));
  });
});

describe(latinOf.name, () => {
  it('spells a folded Cyrillic word as English-language sources spell Belarusian names', () => {
    expect(latinOf(foldText('Лукашенко'))).toBe('lukashenko');
    expect(latinOf(foldText('Головченко'))).toBe('golovchenko');
    expect(latinOf(foldText('Мясникович'))).toBe('myasnikovich');
    expect(latinOf(foldText('Андрей'))).toBe('andrei');
  });

  it('leaves a word with no Cyrillic alone', () => {
    expect(latinOf('hanoi')).toBeNull();
    expect(latinOf('2023')).toBeNull();
  });
});
