import { render, screen, within } from '@testing-library/react';
import { i18n, registerNamespace } from '@/i18n/i18n';
import { figure } from '@/testing/trade-fixtures';
import type { Source } from '@data/schema';
import { locales } from '../locales';
import { ContextBars } from './context-bars';

registerNamespace('trade', locales);

const sources = new Map<string, Source>([
  [
    'src-a',
    {
      id: 'src-a',
      publisher: 'Customs A',
      title: 'Report',
      url: 'https://example.org/a',
      date: '2025',
      language: 'en',
      kind: 'statistics',
    },
  ],
]);
const bars = [
  {
    partner: 'RU' as const,
    figure: figure({ year: 2024, partner: 'RU', valueUsd: 4e9, sourceId: 'src-a', id: 'ru' }),
  },
  {
    partner: 'BY' as const,
    figure: figure({ year: 2024, reporter: 'BY', valueUsd: 200e6, sourceId: 'src-a', id: 'by' }),
  },
];

describe('ContextBars', () => {
  it('lists every row as words with its source link, beside the picture', () => {
    const { container } = render(
      <ContextBars bars={bars} scale="log" sources={sources} lang="en" width={640} />,
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Russia as Vietnam reports it: US$4 billion');
    expect(within(items[1]!).getByRole('link', { name: 'Customs A' })).toHaveAttribute(
      'href',
      'https://example.org/a',
    );
    expect(container.querySelector('.trade-context__chart')).toHaveAttribute('aria-hidden', 'true');
  });

  it('marks each value with a dot on the log scale, never a bar', () => {
    const { container } = render(
      <ContextBars bars={bars} scale="log" sources={sources} lang="en" width={640} />,
    );
    expect(screen.getByText(/^Log scale: .*each value is a dot, not a bar/)).toBeInTheDocument();
    expect(container.querySelectorAll('.context-chart__dot')).toHaveLength(2);
    expect(container.querySelector('.context-chart__bar')).toBeNull();
    // Shaped by reporter as on the main chart: Vietnam's a circle, Belarus's a square.
    expect(container.querySelector('.context-chart__dot circle.trade-series-VN')).not.toBeNull();
    expect(container.querySelector('.context-chart__dot rect.trade-series-BY')).not.toBeNull();
    expect(screen.getByText('US$200 million', { selector: 'tspan' })).toBeInTheDocument();
  });

  it('draws bars from zero on the linear scale, Belarus-reported hatched by a pattern', () => {
    const { container } = render(
      <ContextBars bars={bars} scale="linear" sources={sources} lang="en" width={640} />,
    );
    expect(screen.getByText(/^Linear scale: each bar starts at zero/)).toBeInTheDocument();
    const rects = [...container.querySelectorAll<SVGRectElement>('rect.context-chart__bar')];
    expect(rects).toHaveLength(2);
    expect(container.querySelector('.context-chart__dot')).toBeNull();
    expect(new Set(rects.map((r) => r.getAttribute('x'))).size).toBe(1);
    // 4 billion against 200 million: twenty times as long.
    const [ru, by] = rects.map((r) => Number(r.getAttribute('width')));
    expect(ru! / by!).toBeCloseTo(20, 5);
    expect(container.querySelector('.context-chart__bar--BY')).not.toBeNull();
    expect(container.querySelector('pattern#context-chart-by')).not.toBeNull();
  });

  it('words its scale note in Russian', async () => {
    await i18n.changeLanguage('ru');
    render(<ContextBars bars={bars} scale="log" sources={sources} lang="ru" width={328} />);
    expect(screen.getByText(/^Логарифмическая шкала: .*отмечены точками/)).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });
});
