import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import meta from 'virtual:dataset-meta';
import { failDataFile, restoreDataFile } from '@/testing/data-server';
import { currentSearch, renderApp } from '@/testing/render-app';

describe('app routes', () => {
  it('renders the overview at / with the header filter', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: /at a glance/i })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Start year' })).toHaveValue(String(meta.minYear));
    expect(screen.getByRole('slider', { name: 'End year' })).toHaveValue(String(meta.maxYear));
  });

  it.each([
    ['/trade', /trade/i],
    ['/visits', /visits/i],
    ['/partners', /partner/i],
    ['/sources', /sources/i],
    ['/about', /about/i],
  ])('renders %s', async (url, name) => {
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
  });

  it.each(['/about', '/vi/about', '/ru/about'])(
    '%s states no ratio between the sides by hand: the Trade view works it out from the data',
    async (url) => {
      renderApp(url);
      const main = await screen.findByRole('main');
      await screen.findByRole('heading', { level: 1 });
      expect(main.textContent).not.toMatch(/four times|bốn lần|четырёх раз|\d+(\.\d+)? times/);
    },
  );

  it('shows Not found with a link home for an unknown path', async () => {
    renderApp('/nowhere?from=2010');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/?from=2010');
  });

  it('opens a deep link with the year filter set', async () => {
    renderApp(`/sources?from=${meta.maxYear - 1}`);
    await screen.findByRole('heading', { name: 'Sources' });
    expect(screen.getByRole('slider', { name: 'Start year' })).toHaveValue(String(meta.maxYear - 1));
    expect(screen.getByRole('spinbutton', { name: 'Start year' })).toHaveValue(meta.maxYear - 1);
  });

  it('names a bad param, ignores it, and keeps the rest of the view', async () => {
    renderApp(`/?from=abc&to=${meta.maxYear - 1}`);
    expect(await screen.findByText(/“from=abc” was ignored/)).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'End year' })).toHaveValue(String(meta.maxYear - 1));
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('writes a keyboard step on the slider into the URL and keeps it across views', async () => {
    const { router, user } = renderApp('/');
    const start = await screen.findByRole('slider', { name: 'Start year' });
    // jsdom has no native range keys (Chromium tests arrows); PageUp is the filter's own decade step.
    start.focus();
    await user.keyboard('{PageUp}');
    expect(currentSearch(router).get('from')).toBe(String(meta.minYear + 10));
    fireEvent.change(start, { target: { value: String(meta.minYear + 1) } });
    expect(currentSearch(router).get('from')).toBe(String(meta.minYear + 1));
    const nav = screen.getByRole('navigation', { name: 'Views' });
    await user.click(within(nav).getByRole('link', { name: 'Sources' }));
    expect(router.state.location.pathname).toBe('/sources');
    expect(currentSearch(router).get('from')).toBe(String(meta.minYear + 1));
  });

  it('redraws the view within the year step itself, so no frame shows the old years', async () => {
    renderApp('/visits');
    const count = await screen.findByText(/^\d+ of \d+ events$/);
    const before = count.textContent;
    const end = screen.getByRole('slider', { name: 'End year' });
    // Dispatched outside act(), as a browser would: whatever React defers would not be drawn yet.
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const actEnv = env.IS_REACT_ACT_ENVIRONMENT;
    env.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
        end,
        String(meta.minYear + 50),
      );
      end.dispatchEvent(new Event('input', { bubbles: true }));
      expect(count.textContent).not.toBe(before);
    } finally {
      env.IS_REACT_ACT_ENVIRONMENT = actEnv;
    }
  });

  it('applies a typed year on Enter, and Back restores the previous range', async () => {
    const { router, user } = renderApp('/');
    const input = await screen.findByRole('spinbutton', { name: 'End year' });
    await user.clear(input);
    await user.type(input, `${meta.maxYear - 1}{Enter}`);
    expect(currentSearch(router).get('to')).toBe(String(meta.maxYear - 1));
    await act(async () => {
      await router.navigate(-1);
    });
    await waitFor(() => expect(currentSearch(router).get('to')).toBeNull());
  });

  it('shows a failed data file with Retry in that view only, and recovers', async () => {
    failDataFile('sources', 500);
    const { user } = renderApp('/sources');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be loaded.*HTTP 500/);
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
    restoreDataFile('sources');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/of \d+ sources/)).toBeInTheDocument();
  });

  it('switches the interface to Vietnamese through the URL', async () => {
    const { router, user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: /at a glance/i });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'vi');
    expect(await screen.findByRole('heading', { level: 1, name: /tổng quan/i })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/vi');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('shows every view but Trade wholly in Russian at /ru', async () => {
    renderApp('/ru');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Вьетнам и Беларусь: обзор' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
    expect(screen.getByRole('navigation', { name: 'Разделы' })).toHaveTextContent('Города-побратимы');
    expect(screen.getByRole('slider', { name: 'Начальный год' })).toBeInTheDocument();
    // The overview's newest trade figure, in Russian words and numbers.
    expect((await screen.findAllByText(/млн\s+долларов\s+США/)).length).toBeGreaterThan(0);
    expect(screen.getByText(/По данным Беларуси/i)).toBeInTheDocument();
  });

  it.each([
    ['/ru/visits', 'Визиты и соглашения'],
    ['/ru/partners', 'Города-побратимы'],
    ['/ru/sources', 'Источники'],
    ['/ru/about', 'О данных и методе'],
    ['/ru/nowhere', 'Страница не найдена'],
    // An old link's language is moved into the path.
    ['/visits?lang=ru', 'Визиты и соглашения'],
  ])('renders %s in Russian', async (url, name) => {
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
    expect(screen.queryByText(/could not be used/)).not.toBeInTheDocument();
  });

  it('shows Russian place names and dates in the partner table', async () => {
    renderApp('/ru/partners');
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('button', { name: /Ханой/ }).length).toBeGreaterThan(0);
    expect(within(table).getAllByText(/ г\.$/).length).toBeGreaterThan(0);
  });

  it('names each language in itself in the switcher, and switches to Russian', async () => {
    const { router, user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: /at a glance/i });
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['English', 'Tiếng Việt', 'Русский']);
    await user.selectOptions(select, 'ru');
    expect(await screen.findByRole('heading', { level: 1, name: /обзор/i })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ru');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('copies the canonical link of the current view, with its language', async () => {
    const { user } = renderApp('/vi/sources?from=2010');
    await user.click(await screen.findByRole('button', { name: 'Sao chép liên kết' }));
    expect(await screen.findByText('Đã sao chép liên kết')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/vi/sources?from=2010`);
  });

  it('copies the link the view reads: a param the notice named as ignored is left out, a swapped range set right', async () => {
    const { user } = renderApp('/visits?kind=visit,bogus&from=2020&to=2010&order=random');
    expect(await screen.findByText(/“kind=bogus” was ignored/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    const copied = new URL(await navigator.clipboard.readText());
    expect(copied.pathname).toBe('/visits');
    expect(Object.fromEntries(copied.searchParams)).toEqual({ kind: 'visit', from: '2010', to: '2020' });
  });

  it('hides the site chrome when embedded and links back to the full view', async () => {
    renderApp('/sources?embed=1&from=2010');
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    expect(screen.queryByRole('navigation', { name: 'Views' })).not.toBeInTheDocument();
    const back = screen.getByRole('link', { name: /open the full dashboard/i });
    expect(back).toHaveAttribute('href', `${window.location.origin}/sources?from=2010`);
    expect(screen.getByRole('slider', { name: 'Start year' })).toBeInTheDocument();
  });

  it('embeds the Trade chart alone, with the state of the link and a link to the full view', async () => {
    renderApp('/vi/trade?embed=chart&from=2010&to=2020&flow=exports');
    const heading = await screen.findByRole('heading', { level: 1, name: /xuất khẩu.*2010–2020/i });
    expect(heading).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /2010–2020/ })).toBeInTheDocument();
    // No site chrome, no year filter, no controls or sections of the full view.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    const full = screen.getByRole('link', { name: /xem đầy đủ biểu đồ/i });
    expect(full).toHaveAttribute('href', `${window.location.origin}/vi/trade?flow=exports&from=2010&to=2020`);
    expect(full).toHaveAttribute('target', '_blank');
  });

  it('offers the chart alone or the whole view in the Embed dialog, with a frame to fit each', async () => {
    const { user } = renderApp('/trade?from=2010');
    await user.click(await screen.findByRole('button', { name: 'Embed' }));
    const snippet = () =>
      (screen.getByRole('textbox', { name: 'HTML snippet' }) as HTMLTextAreaElement).value;
    expect(await screen.findByRole('radio', { name: 'The chart alone' })).toBeChecked();
    expect(snippet()).toContain('embed=chart');
    expect(snippet()).toContain('height="560"');
    await user.click(screen.getByRole('radio', { name: 'The whole view' }));
    expect(snippet()).toContain('embed=1');
    expect(snippet()).toContain('height="640"');
  });

  it('has no chart-only choice where a view has no figure to embed', async () => {
    const { user } = renderApp('/sources');
    await user.click(await screen.findByRole('button', { name: 'Embed' }));
    await screen.findByRole('textbox', { name: 'HTML snippet' });
    expect(screen.queryByRole('radio', { name: 'The chart alone' })).not.toBeInTheDocument();
    expect((screen.getByRole('textbox', { name: 'HTML snippet' }) as HTMLTextAreaElement).value).toContain(
      'embed=1',
    );
  });

  it('remembers a language chosen in the switcher for a visit whose link names none', async () => {
    const first = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: /at a glance/i });
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'vi');
    await screen.findByRole('heading', { level: 1, name: /tổng quan/i });
    first.unmount();
    // A new visit to a bare path opens in Vietnamese; a link that names its language still wins.
    renderApp('/sources');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nguồn' })).toBeInTheDocument();
    cleanup();
    renderApp('/ru/sources');
    expect(await screen.findByRole('heading', { level: 1, name: 'Источники' })).toBeInTheDocument();
  });

  it('names the language in every link, also when it came from the browser', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['vi-VN', 'en']);
    const { router } = renderApp('/visits?event=visit-2023-12-golovchenko');
    const permalink = await screen.findByRole('link', { name: 'Liên kết tới sự kiện này' });
    expect(router.state.location.pathname).toBe('/vi/visits');
    expect(permalink.getAttribute('href')).toMatch(/^\/vi\/visits\?/);
    const navLinks = [...document.querySelectorAll('.site-nav a')];
    expect(navLinks).toHaveLength(6);
    for (const nav of navLinks) {
      expect(nav.getAttribute('href')).toMatch(/^\/vi(\/|$)/);
    }
  });

  it('moves focus to the new view’s heading after a move to another view, not on first load', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: /at a glance/i });
    expect(document.activeElement).toBe(document.body);
    const nav = screen.getByRole('navigation', { name: 'Views' });
    await user.click(within(nav).getByRole('link', { name: 'Sources' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  }, 15_000);
});
