import { browserLang, langPath, localeOf, migrateLangParam, preferredLang, splitLangPath } from './lang';

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

describe(splitLangPath.name, () => {
  it('reads the language from a prefix, English from a bare path', () => {
    expect(splitLangPath('/vi/trade')).toEqual({ lang: 'vi', path: '/trade', named: true });
    expect(splitLangPath('/ru')).toEqual({ lang: 'ru', path: '/', named: true });
    expect(splitLangPath('/ru/')).toEqual({ lang: 'ru', path: '/', named: true });
    expect(splitLangPath('/trade/')).toEqual({ lang: 'en', path: '/trade', named: false });
    expect(splitLangPath('/')).toEqual({ lang: 'en', path: '/', named: false });
  });

  it('does not take a path that merely starts with the letters for a language', () => {
    expect(splitLangPath('/visits')).toMatchObject({ lang: 'en', path: '/visits' });
    expect(splitLangPath('/rus/x')).toMatchObject({ lang: 'en', path: '/rus/x' });
  });
});

describe(langPath.name, () => {
  it('prefixes every language but English', () => {
    expect(langPath('vi', '/trade')).toBe('/vi/trade');
    expect(langPath('ru', '/')).toBe('/ru');
    expect(langPath('en', '/visits')).toBe('/visits');
    expect(langPath('en', '/')).toBe('/');
  });
});

describe(migrateLangParam.name, () => {
  it('moves an old ?lang= into the path, keeping every other param', () => {
    expect(migrateLangParam('/trade', '?from=2010&lang=vi&flow=exports')).toBe(
      '/vi/trade?from=2010&flow=exports',
    );
    expect(migrateLangParam('/', '?lang=ru')).toBe('/ru');
    expect(migrateLangParam('/vi/visits', '?lang=en&event=x')).toBe('/visits?lang=en&event=x');
  });

  it('leaves a link without a usable lang alone', () => {
    expect(migrateLangParam('/trade', '?from=2010')).toBeNull();
    expect(migrateLangParam('/trade', '?lang=xx')).toBeNull();
    // On a bare path, lang=en is how an old link names English: it stays.
    expect(migrateLangParam('/trade', '?lang=en&from=2010')).toBeNull();
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
