import type { Source, TradeFigure } from '@data/schema';
import { screen, within } from '@testing-library/react';
import meta from 'virtual:dataset-meta';
import { vi } from 'vitest';
import { serveDataFiles } from '@/testing/data-server';
import { currentSearch, renderApp } from '@/testing/render-app';
import { figure } from './utils/fixtures';

// The view is a lazy chunk: its first render may take a while on a busy machine.
const SLOW = { timeout: 8000 };

// Years inside the dataset's domain, whatever the real data holds.
const Y = meta.maxYear - 1;

const trade: TradeFigure[] = [
  figure({ year: Y - 1, flow: 'vn-exports', valueUsd: 20e6, sourceId: 'src-a', id: 'ex-vn-prev' }),
  figure({ year: Y, flow: 'vn-exports', valueUsd: 25e6, sourceId: 'src-a', id: 'ex-vn' }),
  figure({
    year: Y,
    flow: 'vn-exports',
    months: [1, 8],
    valueUsd: 15e6,
    sourceId: 'src-b',
    id: 'ex-vn-part',
  }),
  figure({
    year: Y,
    flow: 'vn-exports',
    reporter: 'BY',
    valueUsd: 60e6,
    qualifier: 'almost',
    sourceId: 'src-b',
    id: 'ex-by',
  }),
  figure({ year: Y, flow: 'total', valueUsd: 100e6, id: 'total-vn' }),
];
const sources: Source[] = [
  {
    id: 'src-a',
    publisher: 'Customs A',
    title: 'Trade report',
    date: String(Y + 1),
    language: 'en',
    kind: 'statistics',
  },
  {
    id: 'src-b',
    publisher: 'Belstat B',
    title: 'Foreign trade',
    date: String(Y + 1),
    language: 'ru',
    kind: 'statistics',
  },
];

beforeEach(() => {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    if (/\/trade\.json/.test(url)) return Response.json(trade);
    if (/\/sources\.json/.test(url)) return Response.json(sources);
    if (/\/(events|goods|indicators)\.json/.test(url)) return Response.json([]);
    return serveDataFiles(input);
  });
});

describe('/trade', () => {
  it('opens a link with flow and tab: the exports figures in a table, with comparable changes only', async () => {
    renderApp('/trade?flow=exports&tab=table');
    const table = await screen.findByRole('table', {}, SLOW);
    expect(screen.getByRole('radio', { name: 'Vietnam’s exports' })).toBeChecked();
    expect(screen.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      String(Y - 1),
      String(Y),
      String(Y),
      String(Y),
    ]);
    const byId = (id: string) => rows.find((r) => r.dataset.id === id)!;
    expect(byId('ex-vn')).toHaveTextContent(`+25% vs ${Y - 1}`);
    expect(byId('ex-vn')).toHaveTextContent('Customs A');
    expect(byId('ex-vn-part')).toHaveTextContent(`Jan–Aug ${Y}`);
    expect(byId('ex-vn-part')).toHaveTextContent('part of year');
    expect(byId('ex-vn-part')).not.toHaveTextContent('vs');
    expect(byId('ex-by')).toHaveTextContent('almost US$60 million');
    expect(screen.queryByText('US$100 million')).not.toBeInTheDocument();
  });

  it('sorts by a column through the URL and switches tabs with the arrow keys', async () => {
    const { router, user } = renderApp('/trade?flow=exports&tab=table');
    await screen.findByRole('table', {}, SLOW);
    await user.click(screen.getByRole('button', { name: /^Value/ }));
    expect(currentSearch(router).get('sort')).toBe('value-desc');
    const firstCell = () => within(screen.getAllByRole('row')[1]!).getAllByRole('cell')[3]!;
    expect(firstCell()).toHaveTextContent('US$60 million');
    screen.getByRole('tab', { name: 'Table' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(currentSearch(router).get('tab')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Chart' })).toHaveFocus();
  });

  it('computes a balance only where one reporter gives both flows, and says it is computed', async () => {
    renderApp('/trade?flow=balance&tab=table');
    expect(await screen.findByText(/not a figure any source states/, {}, SLOW)).toBeInTheDocument();
    expect(await screen.findByText(/No Vietnam’s trade balance with Belarus figures/)).toBeInTheDocument();
  });

  it('says when the years hold no figures and offers the nearest ones', async () => {
    const { router, user } = renderApp(`/trade?from=${meta.minYear}&to=${meta.minYear}`);
    expect(await screen.findByText(/No total trade figures for/, {}, SLOW)).toBeInTheDocument();
    // The only total figure is in year Y.
    await user.click(screen.getByRole('button', { name: `Include ${Y}` }));
    expect(currentSearch(router).get('to')).toBe(String(Y));
    expect(
      await screen.findByRole('button', {
        name: /^US\$100 million, \d{4}, Vietnam’s statistics; source: Customs A/,
      }),
    ).toBeInTheDocument();
  });

  it('names an unusable param and keeps the rest', async () => {
    renderApp('/trade?flow=gdp&tab=table');
    expect(await screen.findByText('“flow=gdp” was ignored.')).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'Total trade' }, SLOW)).toBeChecked();
  });
});
