import { foldText } from './fold-text';

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
    expect(foldText('Лукашенко Ёлка')).toBe('лукашенко елка');
  });
});
