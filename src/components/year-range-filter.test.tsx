import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import meta from 'virtual:dataset-meta';
import { BURST_IDLE_MS } from '@/hooks/use-search-updater';
import { currentSearch, renderApp, type TestRouter } from '@/testing/render-app';

const go = async (router: TestRouter, delta: number) => {
  await act(async () => {
    await router.navigate(delta);
  });
};

/** A keyboard step on a thumb: jsdom has no native range keys, so set the value as they do. */
const stepTo = (slider: HTMLElement, year: number) =>
  fireEvent.change(slider, { target: { value: String(year) } });

describe('YearRangeFilter history', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes ten quick steps one history entry: Back returns to the range before them', async () => {
    const { router } = renderApp(`/sources?to=${meta.maxYear - 1}`);
    const start = await screen.findByRole('slider', { name: 'Start year' });
    for (let i = 1; i <= 10; i++) stepTo(start, meta.minYear + i);
    expect(currentSearch(router).get('from')).toBe(String(meta.minYear + 10));
    await go(router, -1);
    await waitFor(() => expect(currentSearch(router).get('from')).toBeNull());
    expect(currentSearch(router).get('to')).toBe(String(meta.maxYear - 1));
    expect(screen.getByRole('slider', { name: 'Start year' })).toHaveValue(String(meta.minYear));
    await go(router, 1);
    await waitFor(() => expect(currentSearch(router).get('from')).toBe(String(meta.minYear + 10)));
  });

  it('counts PageUp/PageDown steps in the same burst', async () => {
    const { router, user } = renderApp('/sources');
    const end = await screen.findByRole('slider', { name: 'End year' });
    end.focus();
    await user.keyboard('{PageDown}{PageDown}');
    stepTo(end, meta.maxYear - 21);
    expect(currentSearch(router).get('to')).toBe(String(meta.maxYear - 21));
    await go(router, -1);
    await waitFor(() => expect(currentSearch(router).get('to')).toBeNull());
  });

  it('starts a new entry after a pause, so each settled choice can be undone', async () => {
    let now = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const { router } = renderApp('/sources');
    const start = await screen.findByRole('slider', { name: 'Start year' });
    stepTo(start, meta.minYear + 1);
    stepTo(start, meta.minYear + 2);
    now += BURST_IDLE_MS + 1;
    stepTo(start, meta.minYear + 3);
    await go(router, -1);
    await waitFor(() => expect(currentSearch(router).get('from')).toBe(String(meta.minYear + 2)));
    await go(router, -1);
    await waitFor(() => expect(currentSearch(router).get('from')).toBeNull());
  });

  it('does not fold a step after Back into the entry Back returned to', async () => {
    const { router } = renderApp('/sources');
    const start = await screen.findByRole('slider', { name: 'Start year' });
    stepTo(start, meta.minYear + 1);
    stepTo(start, meta.minYear + 2);
    await go(router, -1);
    await waitFor(() => expect(currentSearch(router).get('from')).toBeNull());
    stepTo(screen.getByRole('slider', { name: 'Start year' }), meta.minYear + 5);
    await go(router, -1);
    await waitFor(() => expect(currentSearch(router).get('from')).toBeNull());
  });
});

describe('YearRangeFilter link repair', () => {
  it('swaps a start after the end, names it, and shows the years the link meant', async () => {
    const [a, b] = [meta.minYear + 10, meta.minYear + 20];
    renderApp(`/sources?from=${b}&to=${a}`);
    expect(
      await screen.findByText(`“from=${b}” came after “to=${a}”, so the two years were swapped.`),
    ).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Start year' })).toHaveValue(String(a));
    expect(screen.getByRole('slider', { name: 'End year' })).toHaveValue(String(b));
  });
});
