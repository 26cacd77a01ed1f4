import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { useYearRange } from '@/hooks/use-year-range';
import { formatDatePoint } from '@/lib/format';
import { localText } from '@/lib/local-text';
import { touchesPlace } from '@/lib/partnerships';
import type { Lang } from '@/lib/url/lang';
import type { Partnership, Place, Source } from '@data/schema';
import { pairsCsv, pairsFileName } from '../utils/pairs-csv';
import { parsePartnersParams, type SortKey } from '../utils/partners-params';
import { SourceLinks } from './source-links';

interface PairsTableProps {
  rows: Partnership[];
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
  sort: SortKey;
  desc: boolean;
  selectedPair: string | null;
  selectedPlace: string | null;
  onSort: (key: SortKey) => void;
  onSelect: (pairId: string) => void;
  lang: Lang;
}

const COLUMNS: SortKey[] = ['vn', 'by', 'status', 'since'];

/** Every pair in the filters, sortable; selecting a row selects the pair on the map. */
export function PairsTable(props: PairsTableProps) {
  const { rows, places, sources, sort, desc, selectedPair, selectedPlace, onSort, onSelect, lang } = props;
  const { t } = useTranslation('partners');
  const name = (id: string) => {
    const p = places.get(id);
    return p ? localText(p.names, lang) : id;
  };
  // The file is named after the filters the rows passed (read from the link, like the view does).
  const { search } = useLocation();
  const { range } = useYearRange();
  const fileName = useMemo(() => {
    const { status, undated } = parsePartnersParams(new URLSearchParams(search)).value;
    return pairsFileName({ status, undated, to: range.to });
  }, [search, range.to]);
  return (
    <>
      <div className="csv-count-bar">
        <CsvDownloadButton
          noun="pairs"
          count={rows.length}
          fileName={fileName}
          build={() => pairsCsv(rows, { lang, places, sources })}
        />
      </div>
      <div className="table-scroll">
        <table className="data-table partners-table">
          <caption className="visually-hidden">{t('table.caption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c}
                  scope="col"
                  aria-sort={sort === c ? (desc ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    className="partners-table__sort print-as-text"
                    onClick={() => onSort(c)}
                  >
                    {t(`table.${c}`)}
                    <span aria-hidden="true">{sort === c ? (desc ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('table.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  {t('table.empty')}
                </td>
              </tr>
            )}
            {rows.map((p) => {
              const isSelected = p.id === selectedPair;
              const touches = selectedPlace !== null && touchesPlace(p, selectedPlace);
              return (
                <tr
                  key={p.id}
                  data-pair={p.id}
                  className={isSelected ? 'is-selected' : touches ? 'is-related' : undefined}
                >
                  <td data-label={t('table.vn')}>
                    <button
                      type="button"
                      className="link-button partners-table__select print-as-text"
                      aria-pressed={isSelected}
                      aria-label={t('table.select', { vn: name(p.vnPlaceId), by: name(p.byPlaceId) })}
                      onClick={() => onSelect(p.id)}
                    >
                      {name(p.vnPlaceId)}
                    </button>
                  </td>
                  <td data-label={t('table.by')}>{name(p.byPlaceId)}</td>
                  <td data-label={t('table.status')}>
                    <span className={`partners-status partners-status--${p.status}`}>
                      {t(`status.${p.status}`)}
                    </span>
                  </td>
                  <td className="nowrap" data-label={t('table.since')}>
                    {p.since ? (
                      formatDatePoint(p.since, lang)
                    ) : (
                      <span className="muted">{t('dateUnknown')}</span>
                    )}
                  </td>
                  <td className="partners-table__sources" data-label={t('table.sources')}>
                    <SourceLinks ids={p.sourceIds} sources={sources} compact />
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
