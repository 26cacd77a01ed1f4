import { screen, within } from '@testing-library/react';
import meta from 'virtual:dataset-meta';
import { serveData } from '@/testing/data-server';
import { currentSearch, renderApp } from '@/testing/render-app';
import { figure, officialCell } from '@/testing/trade-fixtures';
import { customsReport, statisticsSource } from '@/testing/trade-sources';
import type { GoodsList, OfficialFigure, Source, TradeFigure } from '@data/schema';

// The view is a lazy chunk: its first render may take a while on a busy machine.

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
// Official cells: Vietnam's exports for two years, the other side's and Vietnam's imports for one.
const official: OfficialFigure[] = [
  officialCell('VN', 'exports', Y - 3, 10e6),
  officialCell('VN', 'exports', Y - 2, 12e6),
  officialCell('BY', 'imports', Y - 2, 30e6),
  officialCell('VN', 'imports', Y - 2, 50e6),
];
const sources: Source[] = [
  {
    ...statisticsSource('imf-dots', 'International Monetary Fund', 'DOTS', String(Y)),
    dataset: 'Direction of Trade Statistics',
  },
  customsReport(Y + 1),
  statisticsSource('src-b', 'Belstat B', 'Foreign trade', String(Y + 1), 'ru'),
];

const goods: GoodsList[] = [
  {
    id: 'goods-old',
    year: Y - 5,
    flow: 'vn-imports',
    items: [{ en: 'potash fertiliser', vi: 'phân kali', ru: 'калийные удобрения' }],
    sourceId: 'src-b',
    quote: 'potash',
  },
];

beforeEach(() => serveData({ trade, sources, official, goods, events: [], indicators: [] }));

describe('/trade', () => {
  it('opens a link with flow and tab: the exports figures in a table, with comparable changes only', async () => {
    renderApp('/trade?flow=exports&tab=table');
    const table = await screen.findByRole('table', { name: /by year and reporter/ });
    expect(screen.getByRole('radio', { name: 'Vietnam’s exports' })).toBeChecked();
    expect(screen.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(
      [Y - 3, Y - 2, Y - 2, Y - 1, Y, Y, Y].map(String),
    );
    const byId = (id: string) => rows.find((r) => r.dataset.id === id)!;
    // Official rows: Vietnam's exports and Belarus's imports from Vietnam, the same flow twice.
    const vnOfficial = byId(`dots-vn-exports-by-${Y - 2}`);
    expect(vnOfficial).toHaveTextContent('Vietnam (IMF)');
    expect(vnOfficial).toHaveTextContent(`+20% vs ${Y - 3}`);
    expect(vnOfficial).toHaveTextContent('International Monetary Fund, Direction of Trade Statistics');
    expect(byId(`dots-by-imports-vn-${Y - 2}`)).toHaveTextContent('Belarus (IMF)');
    // A press figure changes against press figures only.
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
    await screen.findByRole('table', { name: /by year and reporter/ });
    await user.click(screen.getByRole('button', { name: /^Value/ }));
    expect(currentSearch(router).get('sort')).toBe('-value');
    const table = () => screen.getByRole('table', { name: /by year and reporter/ });
    const firstCell = () => within(within(table()).getAllByRole('row')[1]!).getAllByRole('cell')[3]!;
    expect(firstCell()).toHaveTextContent('US$60 million');
    screen.getByRole('tab', { name: 'Table' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(currentSearch(router).get('tab')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Chart' })).toHaveFocus();
  });

  it('computes a balance only where one reporter gives both flows, and says it is computed', async () => {
    renderApp('/trade?flow=balance&tab=table');
    expect(await screen.findByText(/not a figure any source states/)).toBeInTheDocument();
    const rows = within(await screen.findByRole('table', { name: /by year and reporter/ }))
      .getAllByRole('row')
      .slice(1);
    // Only Vietnam gives both flows, in one year; Belarus's imports alone make no balance.
    expect(rows.map((r) => r.dataset.id)).toEqual([
      `balance-dots-vn-exports-by-${Y - 2}-dots-vn-imports-by-${Y - 2}`,
    ]);
    expect(rows[0]).toHaveTextContent('−US$38 million');
    expect(rows[0]).toHaveTextContent('computed');
  });

  it('draws each side’s official line, the press figures as marks, and a legend for every mark', async () => {
    const { container } = renderApp('/trade?flow=exports');
    await screen.findByRole('group', { name: /^Vietnam’s exports to Belarus, \d{4}–\d{4}$/ });
    // Vietnam's two consecutive years make one line; Belarus's single year is a dot alone.
    expect(container.querySelector('path.trade-line.trade-series-VN')?.getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/,
    );
    expect(container.querySelector('path.trade-line.trade-series-BY')).toBeNull();
    const legend = [...container.querySelectorAll('.trade-chart__legend [data-key]')].map(
      (g) => (g as SVGElement).dataset.key,
    );
    expect(legend).toEqual(['official-VN', 'official-BY', 'press-VN', 'press-BY', 'partial']);
    // Words under the title say what the chart shows, from the data.
    const summary = container.querySelector('.trade-summary')!;
    expect(summary).toHaveTextContent(
      `In Vietnam’s figures Vietnam’s exports to Belarus peaked at US$12 million in ${Y - 2}, in Belarus’s at US$30 million in ${Y - 2}; in ${Y - 2}, the latest official year shown, Vietnam reports US$12 million and Belarus US$30 million.`,
    );
    // The ratio names the two figures it compares.
    expect(summary).toHaveTextContent(
      `The two sides’ figures differ by up to 2.5 times (in ${Y - 2}: Vietnam reports US$12 million, Belarus US$30 million)`,
    );
  });

  it('puts a chosen year’s details under the chart, never above it', async () => {
    const { container } = renderApp(`/trade?flow=exports&year=${Y - 2}`);
    await screen.findByRole('group', { name: /Vietnam’s exports/ });
    const details = await screen.findByText(`Highlighted year: ${Y - 2}`);
    const chart = container.querySelector('.trade-chart')!;
    expect(chart.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says when the years hold no figures and offers the nearest ones', async () => {
    const { router, user } = renderApp(`/trade?from=${meta.minYear}&to=${meta.minYear}`);
    expect(await screen.findByText(/No total trade figures for/)).toBeInTheDocument();
    // The first total is Vietnam's official one (exports + imports) of year Y − 2.
    await user.click(screen.getByRole('button', { name: `Include ${Y - 2}` }));
    expect(currentSearch(router).get('to')).toBe(String(Y - 2));
    expect(
      await screen.findByRole('button', {
        name: `US$62 million, ${Y - 2}, Vietnam’s report to the IMF; source: International Monetary Fund`,
      }),
    ).toBeInTheDocument();
  });

  it('names an unusable param and keeps the rest', async () => {
    renderApp('/trade?flow=gdp&tab=table');
    expect(await screen.findByText('“flow=gdp” was ignored.')).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'Total trade' })).toBeChecked();
  });

  it('shows the goods lists of the years chosen, and says which years have lists when none do', async () => {
    renderApp(`/trade?from=${Y - 1}`);
    expect(
      await screen.findByText(`No goods list for the years chosen. Lists exist for ${Y - 5}.`),
    ).toBeInTheDocument();
    expect(screen.queryByText('potash fertiliser')).toBeNull();
  });

  it('lists the goods of a year inside the range', async () => {
    renderApp(`/trade?from=${Y - 6}`);
    expect(await screen.findByText('potash fertiliser')).toBeInTheDocument();
  });
});
