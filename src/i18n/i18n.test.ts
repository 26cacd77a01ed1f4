import { i18n, setLanguage } from './i18n';
import ruCommon from './ru.json';
import viCommon from './vi.json';

describe('setLanguage', () => {
  afterEach(async () => {
    i18n.addResourceBundle('vi', 'common', viCommon, true, true);
    i18n.addResourceBundle('ru', 'common', ruCommon, true, true);
    await i18n.changeLanguage('en');
  });

  it('loads the Vietnamese shell strings on first use, then switches to them', async () => {
    i18n.removeResourceBundle('vi', 'common');
    await i18n.changeLanguage('en');
    expect(i18n.t('nav.trade')).toBe('Trade');
    await setLanguage('vi');
    expect(i18n.language).toBe('vi');
    expect(i18n.t('nav.trade')).toBe(viCommon.nav.trade);
    expect(i18n.t('nav.trade')).not.toBe('Trade');
  });

  it('loads the Russian shell strings on first use too', async () => {
    i18n.removeResourceBundle('ru', 'common');
    await setLanguage('ru');
    expect(i18n.language).toBe('ru');
    expect(i18n.t('nav.trade')).toBe('Торговля');
  });

  it('switches back to English, which ships with the shell', async () => {
    await setLanguage('vi');
    await setLanguage('en');
    expect(i18n.t('nav.trade')).toBe('Trade');
  });
});
