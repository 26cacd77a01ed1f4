import { screen, within } from '@testing-library/react';
import meta from 'virtual:dataset-meta';
import { serveData } from '@/testing/data-server';
import { renderApp } from '@/testing/render-app';
import { figure } from '@/testing/trade-fixtures';
import { customsReport } from '@/testing/trade-sources';
import type { TradeFigure } from '@data/schema';

// The view is a lazy chunk: its first render may take a while on a busy machine.
const Y = meta.maxYear - 1;

// Vietnam's exports in the news: two adjacent years, then nothing for three years.
const trade: TradeFigure[] = [
  figure({ year: Y - 5, flow: 'vn-exports', valueUsd: 10e6, sourceId: 'src-a', id: 'ex-a' }),
  figure({ year: Y - 4, flow: 'vn-exports', valueUsd: 20e6, sourceId: 'src-a', id: 'ex-b' }),
  figure({ year: Y, flow: 'vn-exports', valueUsd: 25e6, sourceId: 'src-a', id: 'ex-c' }),
];
const sources = [customsReport(Y + 1)];

beforeEach(() => serveData({ trade, sources, official: [], goods: [], events: [], indicators: [] }));

const rowOf = async (id: string) => {
  const table = await screen.findByRole('table');
  return within(table)
    .getAllByRole('row')
    .find((r) => r.dataset.id === id)!;
};

describe('/trade: a change across missing years', () => {
  it('names the years without a figure, and adds nothing to a change from the year before', async () => {
    renderApp(`/trade?flow=exports&tab=table&from=${Y - 6}&to=${Y}`);
    expect(await rowOf('ex-c')).toHaveTextContent(`+25% vs ${Y - 4} (no figures for ${Y - 3}–${Y - 1})`);
    expect(await rowOf('ex-b')).toHaveTextContent(`+100% vs ${Y - 5}`);
    expect(await rowOf('ex-b')).not.toHaveTextContent('no figure');
  });

  it('says so in Vietnamese', async () => {
    renderApp(`/vi/trade?flow=exports&tab=table&from=${Y - 6}&to=${Y}`);
    expect(await rowOf('ex-c')).toHaveTextContent(`(không có số liệu các năm ${Y - 3}–${Y - 1})`);
  });
});
