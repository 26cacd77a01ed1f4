import type { Source } from '@data/schema';
import { render } from '@testing-library/react';
import { SourceCitation } from './source-citation';

const sources = new Map<string, Source>([
  [
    'imf',
    {
      id: 'imf',
      publisher: 'International Monetary Fund',
      title: 'DOTS files',
      dataset: 'Direction of Trade Statistics',
      date: '2022-02-02',
      language: 'en',
      kind: 'statistics',
      url: 'https://example.org/dots',
    },
  ],
  [
    'seed',
    { id: 'seed', publisher: 'Nhân Dân', title: 'An article', date: '2023-12', language: 'vi', kind: 'news' },
  ],
]);

describe('SourceCitation', () => {
  it('names the publisher and the dataset or title, linked where the URL is known, once per source', () => {
    const { container, getByRole } = render(
      <SourceCitation ids={['imf', 'imf', 'seed']} sources={sources} unknown="?" />,
    );
    expect(container).toHaveTextContent(
      'International Monetary Fund, Direction of Trade Statistics; Nhân Dân, An article',
    );
    expect(getByRole('link', { name: 'Direction of Trade Statistics' })).toHaveAttribute(
      'href',
      'https://example.org/dots',
    );
  });

  it('says when a source is unknown instead of dropping it, and has short and dated forms', () => {
    expect(
      render(<SourceCitation ids={['gone']} sources={sources} unknown="unknown source" />).container,
    ).toHaveTextContent('unknown source');
    expect(
      render(<SourceCitation ids={['seed']} sources={sources} unknown="?" form="short" />).container,
    ).toHaveTextContent('Nhân Dân (2023)');
    expect(
      render(<SourceCitation ids={['seed']} sources={sources} unknown="?" form="dated" />).container,
    ).toHaveTextContent('Nhân Dân, An article, 2023-12');
  });
});
