import type { Source } from '@data/schema';
import { render, screen, within } from '@testing-library/react';
import '@/i18n/i18n';
import { registerNamespace } from '@/i18n/i18n';
import { locales } from '../locales';
import { figure } from '../utils/fixtures';
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
  it('lists every bar as words with its source link, and draws the bars with recharts', async () => {
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
    // The lazy chart: one bar per row, Belarus-reported hatched by a pattern.
    await screen.findByText('US$200 million', { selector: 'text' });
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
    expect(container.querySelector('.trade-context-chart__bar--BY')).not.toBeNull();
    expect(container.querySelector('pattern#trade-context-by')).not.toBeNull();
    expect(container.querySelector('.trade-context__chart')).toHaveAttribute('aria-hidden', 'true');
  });
});
