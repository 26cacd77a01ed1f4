import { browserLang, parseLang } from './lang';

describe(browserLang.name, () => {
  it('prefers the first of our languages the browser lists', () => {
    expect(browserLang(['vi-VN', 'en-US'])).toBe('vi');
    expect(browserLang(['ru-RU', 'en-GB'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });
});

describe(parseLang.name, () => {
  it('lets the link override the browser and names an unknown language', () => {
    expect(parseLang(new URLSearchParams('lang=vi'), 'en').value).toBe('vi');
    expect(parseLang(new URLSearchParams('lang=xx'), 'en').issues[0]?.param).toBe('lang');
  });
});
