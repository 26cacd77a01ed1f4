import { render, screen, within } from '@testing-library/react';
import { registerNamespace } from '@/i18n/i18n';
import { officialCell } from '@/testing/trade-fixtures';
import type { OfficialFigure } from '@data/schema';
import { locales } from '../locales';
import { ContextOverTime } from './context-over-time';

registerNamespace('trade', locales);

const withPartner = (c: OfficialFigure, partner: OfficialFigure['partner']): OfficialFigure => ({
  ...c,
  id: `${c.id}-${partner}`,
  partner,
});

// Vietnam with Belarus in 2015 and 2016; with Russia in 2016 only; the world in both years.
const official: OfficialFigure[] = [
  officialCell('VN', 'exports', 2015, 5e6),
  officialCell('VN', 'imports', 2015, 120e6),
  officialCell('VN', 'exports', 2016, 3e6),
  officialCell('VN', 'imports', 2016, 92e6),
  withPartner(officialCell('VN', 'exports', 2016, 2e9), 'RU'),
  withPartner(officialCell('VN', 'imports', 2016, 1e9), 'RU'),
  withPartner(officialCell('VN', 'exports', 2015, 160e9), 'WORLD'),
  withPartner(officialCell('VN', 'imports', 2015, 165e9), 'WORLD'),
  withPartner(officialCell('VN', 'exports', 2016, 175e9), 'WORLD'),
  withPartner(officialCell('VN', 'imports', 2016, 174e9), 'WORLD'),
];

describe('ContextOverTime', () => {
  it('lists the computed totals of the chosen years, with a dash where a partner has none', () => {
    render(<ContextOverTime official={official} range={{ from: 2015, to: 2016 }} lang="en" />);
    const table = screen.getByRole('table', { name: /Vietnam’s trade with Belarus, Russia/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '2015US$125 million–––',
      '2016US$95 millionUS$3 billion––',
    ]);
    expect(screen.getByText(/Shown: 2015–2016 of the chosen years/)).toBeInTheDocument();
  });

  it('says plainly when none of the official years is chosen', () => {
    render(<ContextOverTime official={official} range={{ from: 2021, to: 2024 }} lang="en" />);
    expect(
      screen.getByText(/The official figures cover 2015–2016; none of those years is chosen/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('gives Belarus’s share of Vietnam’s trade, computed from Vietnam’s own figures', () => {
    render(<ContextOverTime official={official} range={{ from: 2015, to: 2016 }} lang="en" />);
    const table = screen.getByRole('table', { name: /How much each country counts/ });
    // 125 million of 325 billion.
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('2015');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('0.038%');
  });
});
