import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { SharedParamsProvider } from '@/hooks/use-shared';
import { i18n } from '@/i18n/i18n';
import { splitLangPath } from '@/lib/url/lang';
import type { Source } from '@data/schema';
import { SourceCitation } from './source-citation';

const sources = new Map<string, Source>([
  [
    'imf',
    {
      id: 'imf',
      publisher: 'International Monetary Fund',
      names: { vi: 'Quỹ Tiền tệ Quốc tế (IMF)', ru: 'Международный валютный фонд (МВФ)' },
      title: 'DOTS files',
      dataset: 'Direction of Trade Statistics',
      date: '2022-02-02',
      language: 'en',
      kind: 'statistics',
      url: 'https://data.imf.org/?sk=dots',
      copy: {
        repository: 'https://github.com/SamLeBlanc/Direction-of-Trade-Map',
        commit: 'a769819d9b25a21a362d6cabfb10f150903f834d',
        paths: ['data/DOTS/DOTS_213.xlsx'],
        date: '2022-02-02',
      },
    },
  ],
  [
    'seed',
    { id: 'seed', publisher: 'Nhân Dân', title: 'An article', date: '2023-12', language: 'vi', kind: 'news' },
  ],
]);

/** Renders at a page of the dashboard, in that page's language (the page before it is gone). */
async function renderAt(path: string, ui: ReactNode) {
  cleanup();
  await i18n.changeLanguage(splitLangPath(path).lang);
  return render(
    <MemoryRouter initialEntries={[path]}>
      <SharedParamsProvider>{ui}</SharedParamsProvider>
    </MemoryRouter>,
  );
}

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

describe('SourceCitation', () => {
  it("names the publisher and the dataset or title, linked to the publisher's page, once per source", async () => {
    const { container, getByRole } = await renderAt(
      '/trade',
      <SourceCitation ids={['imf', 'imf', 'seed']} sources={sources} unknown="?" />,
    );
    expect(container).toHaveTextContent(
      'International Monetary Fund, Direction of Trade Statistics (copy used: GitHub SamLeBlanc/Direction-of-Trade-Map, 2022); Nhân Dân, An article',
    );
    expect(getByRole('link', { name: 'Direction of Trade Statistics' })).toHaveAttribute(
      'href',
      'https://data.imf.org/?sk=dots',
    );
    expect(getByRole('link', { name: 'GitHub SamLeBlanc/Direction-of-Trade-Map' })).toHaveAttribute(
      'href',
      'https://github.com/SamLeBlanc/Direction-of-Trade-Map/tree/a769819d9b25a21a362d6cabfb10f150903f834d/data/DOTS',
    );
  });

  it("names the publisher in the reader's language, and the copy in its words", async () => {
    const vi = await renderAt(
      '/vi/trade',
      <SourceCitation ids={['imf', 'seed']} sources={sources} unknown="?" />,
    );
    expect(vi.container).toHaveTextContent(
      'Quỹ Tiền tệ Quốc tế (IMF), Direction of Trade Statistics (bản sao đã dùng: GitHub SamLeBlanc/Direction-of-Trade-Map, 2022); Nhân Dân, An article',
    );
    const ru = await renderAt(
      '/ru/trade',
      <SourceCitation ids={['imf']} sources={sources} unknown="?" form="publisher" />,
    );
    expect(ru.container).toHaveTextContent(/^Международный валютный фонд \(МВФ\)$/);
  });

  it('says when a source is unknown instead of dropping it, and has short and dated forms', async () => {
    const cite = (ids: string[], form?: 'short' | 'dated') =>
      renderAt('/trade', <SourceCitation ids={ids} sources={sources} unknown="unknown source" form={form} />);
    expect((await cite(['gone'])).container).toHaveTextContent('unknown source');
    expect((await cite(['seed'], 'short')).container).toHaveTextContent('Nhân Dân (2023)');
    expect((await cite(['seed'], 'dated')).container).toHaveTextContent('Nhân Dân, An article, 2023-12');
  });

  it('as an entry of a list: the publisher over the title and its language, the copy used on its own line', async () => {
    const { container, getByRole } = await renderAt(
      '/vi/sources',
      <SourceCitation ids={['imf']} sources={sources} unknown="?" form="entry" />,
    );
    expect(container.querySelector('.source-publisher')).toHaveTextContent(/^Quỹ Tiền tệ Quốc tế \(IMF\)$/);
    expect(container.querySelector('.source-publisher + br')).not.toBeNull();
    expect(getByRole('link', { name: 'Direction of Trade Statistics' }).nextElementSibling).toHaveTextContent(
      '(en)',
    );
    expect(container.querySelector('.source-copy')).toHaveTextContent(
      'Bản sao đã dùng: GitHub SamLeBlanc/Direction-of-Trade-Map, commit a769819d9b25 (2022-02-02): data/DOTS/DOTS_213.xlsx',
    );
  });
});
