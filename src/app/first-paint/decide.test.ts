import { firstPaint } from './decide';

const at = (url: string) => {
  const u = new URL(url, 'https://x.org');
  return { pathname: u.pathname, search: u.search, hash: u.hash };
};
const none = { getItem: () => null };
const stored = (lang: string) => ({ getItem: () => lang });

describe(firstPaint.name, () => {
  it('shows a page as it is at its own path with no params, and hides its state at a shared link', () => {
    expect(firstPaint(at('/vi/trade'), '/vi/trade', none, ['en'])).toEqual({ show: 'page' });
    expect(firstPaint(at('/vi/trade/'), '/vi/trade', none, ['en'])).toEqual({ show: 'page' });
    expect(firstPaint(at('/vi/trade?from=2010'), '/vi/trade', none, ['en'])).toEqual({ show: 'state' });
  });

  it('shows nothing of a page served for another path, or embedded', () => {
    expect(firstPaint(at('/nowhere'), '/', none, ['en'])).toEqual({ show: 'other' });
    expect(firstPaint(at('/trade?embed=chart'), '/trade', none, ['en'])).toEqual({ show: 'other' });
    expect(firstPaint(at('/trade'), null, none, ['en'])).toEqual({ show: 'other' });
  });

  it('sends a bare path to the reader’s language: chosen before, else the browser’s', () => {
    expect(firstPaint(at('/visits?event=x#y'), '/visits', none, ['vi-VN', 'en'])).toEqual({
      redirect: '/vi/visits?event=x#y',
    });
    expect(firstPaint(at('/'), '/', none, ['be-BY'])).toEqual({ redirect: '/ru' });
    expect(firstPaint(at('/trade'), '/trade', stored('en'), ['vi-VN'])).toEqual({ show: 'page' });
    expect(firstPaint(at('/trade'), '/trade', stored('ru'), ['en'])).toEqual({ redirect: '/ru/trade' });
  });

  it('never moves a path that names its language', () => {
    expect(firstPaint(at('/ru/visits'), '/ru/visits', stored('vi'), ['vi'])).toEqual({ show: 'page' });
  });

  it('moves an old ?lang= link into the path, whatever the browser says', () => {
    expect(firstPaint(at('/trade?lang=vi&from=2010'), '/trade', none, ['ru'])).toEqual({
      redirect: '/vi/trade?from=2010',
    });
    // English keeps its old form on a bare path, and a Russian browser does not move it.
    expect(firstPaint(at('/trade?lang=en'), '/trade', none, ['ru'])).toEqual({ show: 'page' });
    expect(firstPaint(at('/ru/trade?lang=en'), '/ru/trade', none, ['ru'])).toEqual({
      redirect: '/trade?lang=en',
    });
  });

  it('works where storage is denied', () => {
    const denied = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(firstPaint(at('/trade'), '/trade', denied, ['vi'])).toEqual({ redirect: '/vi/trade' });
    expect(firstPaint(at('/trade'), '/trade', undefined, undefined)).toEqual({ show: 'page' });
  });
});
