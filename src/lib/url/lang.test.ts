import { browserLang, localeOf, parseLang, preferredLang } from './lang';

describe(browserLang.name, () => {
  it('prefers the first of our languages the browser lists', () => {
    expect(browserLang(['vi-VN', 'en-US'])).toBe('vi');
    expect(browserLang(['de-DE', 'vi'])).toBe('vi');
    expect(browserLang([])).toBe('en');
    expect(browserLang(undefined)).toBe('en');
  });

  it('gives Russian to a Russian or Belarusian browser', () => {
    expect(browserLang(['ru-BY', 'en-GB'])).toBe('ru');
    expect(browserLang(['ru'])).toBe('ru');
    expect(browserLang(['be-BY', 'en'])).toBe('ru');
    expect(browserLang(['BE'])).toBe('ru');
  });

  it('keeps the browser order between our languages', () => {
    expect(browserLang(['en-GB', 'ru-RU'])).toBe('en');
    expect(browserLang(['vi', 'ru'])).toBe('vi');
  });

  it('does not mistake another language for one of ours', () => {
    expect(browserLang(['rue', 'bel', 'vie'])).toBe('en');
    expect(browserLang(['uk-UA'])).toBe('en');
  });
});

describe(parseLang.name, () => {
  it('lets the link override the browser and names an unknown language', () => {
    expect(parseLang(new URLSearchParams('lang=vi'), 'en').value).toBe('vi');
    expect(parseLang(new URLSearchParams('lang=xx'), 'en').issues[0]?.param).toBe('lang');
  });

  it('accepts Russian, and a link in another language wins over a Russian browser', () => {
    expect(parseLang(new URLSearchParams('lang=ru'), 'en')).toEqual({ value: 'ru', issues: [] });
    expect(parseLang(new URLSearchParams('lang=en'), browserLang(['ru-BY'])).value).toBe('en');
  });

  it('keeps the browser language for a missing or unknown one', () => {
    expect(parseLang(new URLSearchParams(''), 'ru').value).toBe('ru');
    expect(parseLang(new URLSearchParams('lang=be'), 'ru')).toEqual({
      value: 'ru',
      issues: [{ param: 'lang', value: 'be', action: 'ignored' }],
    });
  });
});

describe(localeOf.name, () => {
  it('gives each language its Intl locale', () => {
    expect(localeOf('en')).toBe('en-GB');
    expect(localeOf('vi')).toBe('vi-VN');
    expect(localeOf('ru')).toBe('ru-RU');
  });
});

describe(preferredLang.name, () => {
  const storage = (value: string | null) => ({ getItem: () => value });
  it('takes the language chosen before over the browser’s, and ignores anything else stored', () => {
    expect(preferredLang(storage('ru'), ['vi-VN'])).toBe('ru');
    expect(preferredLang(storage(null), ['vi-VN'])).toBe('vi');
    expect(preferredLang(storage('de'), ['vi-VN'])).toBe('vi');
    expect(preferredLang(undefined, [])).toBe('en');
  });
  it('survives a storage that refuses to be read', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(preferredLang(blocked, ['ru'])).toBe('ru');
  });
});
