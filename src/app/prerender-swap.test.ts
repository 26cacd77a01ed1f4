import { describe, expect, it } from 'vitest';
import { prerenderUse } from './prerender-swap';

function root(path: string) {
  const el = document.createElement('div');
  el.dataset.prerendered = path;
  return el;
}

describe('how a prerendered page serves a URL', () => {
  it('is the page itself for its path in its default state, with or without lang=en', () => {
    expect(prerenderUse(root('/trade'), { pathname: '/trade', search: '' }, 'en')).toBe('page');
    expect(prerenderUse(root('/trade'), { pathname: '/trade/', search: '?lang=en' }, 'en')).toBe('page');
    expect(prerenderUse(root('/'), { pathname: '/', search: '' }, 'en')).toBe('page');
  });

  it('is a frame for a shared link of the same path', () => {
    expect(
      prerenderUse(root('/trade'), { pathname: '/trade', search: '?from=2010&flow=exports' }, 'en'),
    ).toBe('frame');
    expect(prerenderUse(root('/visits'), { pathname: '/visits', search: '?event=x&lang=en' }, 'en')).toBe(
      'frame',
    );
  });

  it('is cleared for another language, another path or an embed', () => {
    expect(prerenderUse(root('/trade'), { pathname: '/trade', search: '?lang=vi' }, 'vi')).toBe('none');
    expect(prerenderUse(root('/trade'), { pathname: '/trade', search: '' }, 'ru')).toBe('none');
    expect(prerenderUse(root('/trade'), { pathname: '/visits', search: '' }, 'en')).toBe('none');
    expect(prerenderUse(root('/trade'), { pathname: '/trade', search: '?embed=chart' }, 'en')).toBe('none');
  });
});
