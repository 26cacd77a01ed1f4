import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { SourceCitation } from '@/components/source-citation';
import { ViewPage } from '@/components/view-page';
import { useDatasets } from '@/hooks/use-datasets';
import { useYearRange } from '@/hooks/use-year-range';
import { registerNamespace } from '@/i18n/i18n';
import type { Dataset } from '@/lib/api/dataset';
import { byId } from '@/lib/by-id';
import { yearInRange } from '@/lib/url/year-range';
import { locales } from './locales';
import { citationsBySource, type CitingKind } from './utils/citations';
import { CITING_KINDS, sourcesCsv, sourcesFileName } from './utils/sources-csv';

registerNamespace('sources', locales);

const COLUMNS = ['date', 'source', 'kind', 'citedBy'] as const;

/** `/sources`: every source, newest first, with what cites it. */
export function SourcesView() {
  const state = useDatasets('sources', 'official', 'trade', 'events', 'partnerships', 'indicators', 'goods');
  return (
    <ViewPage ns="sources" state={state}>
      {(data) => <SourcesTable data={data} />}
    </ViewPage>
  );
}

function SourcesTable({ data }: { data: Pick<Dataset, 'sources' | CitingKind> }) {
  const { t } = useTranslation('sources');
  const { range } = useYearRange();
  const citations = useMemo(() => citationsBySource(data), [data]);
  const sourceById = useMemo(() => byId(data.sources), [data.sources]);
  const rows = useMemo(
    () =>
      data.sources
        .filter((s) => yearInRange(Number(s.date.slice(0, 4)), range))
        .sort((a, b) => b.date.localeCompare(a.date)),
    [data.sources, range],
  );
  return (
    <>
      <div className="csv-count-bar">
        <p className="count" aria-live="polite">
          {t('count', { shown: rows.length, total: data.sources.length })}
        </p>
        <CsvDownloadButton
          noun="sources"
          count={rows.length}
          fileName={sourcesFileName(range)}
          build={() => sourcesCsv(rows, citations)}
        />
      </div>
      <div className="table-scroll">
        <table className="data-table data-table--stack">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(`col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => {
              const cited = citations.get(s.id) ?? {};
              return (
                <tr key={s.id} id={`source-${s.id}`}>
                  <td className="nowrap">{s.date}</td>
                  <td>
                    <SourceCitation ids={[s.id]} sources={sourceById} unknown={s.id} form="entry" />
                  </td>
                  <td>{t(`kind.${s.kind}`)}</td>
                  <td>
                    {CITING_KINDS.filter((k) => cited[k]?.length)
                      .map((k) => t(`cites.${k}`, { count: cited[k]!.length }))
                      .join(', ') || t('citesNothing')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
