import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SeriesSwatch } from '@/components/series-marker';
import { SourceCitation, SourceNotes } from '@/components/source-citation';
import { formatPeriod } from '@/lib/format';
import { sourceNotes } from '@/lib/source-notes';
import type { TradePoint } from '@/lib/trade-points';
import type { Lang } from '@/lib/url/lang';
import type { Source } from '@data/schema';
import { pointValueText } from '../utils/chart-format';
import type { SortKey, TradeSort } from '../utils/trade-params';
import type { Change } from '../utils/trade-series';
import { ChangeText } from './change-text';
import { FlagBadges } from './flag-badges';

export interface TradeTableProps {
  rows: TradePoint[];
  changes: Map<string, Change | null>;
  sources: Map<string, Source>;
  sort: TradeSort;
  highlightYear: number | null;
  caption: string;
  lang: Lang;
  onSort: (sort: TradeSort) => void;
}

const COLUMNS = ['year', 'period', 'reporter', 'value', 'change', 'flags', 'source'] as const;
const SORTABLE: readonly string[] = ['year', 'reporter', 'value', 'change'] satisfies SortKey[];

/** Every figure shown, one row each, sortable by year, reporter, value or change. */
export const TradeTable = memo(function TradeTable({
  rows,
  changes,
  sources,
  sort,
  highlightYear,
  caption,
  lang,
  onSort,
}: TradeTableProps) {
  const { t } = useTranslation('trade');
  const idsOf = (p: TradePoint) => [...p.figures, ...p.cells].map((f) => f.sourceId);
  // On paper a cell cites its sources by number; the list under the table gives the addresses.
  const notes = useMemo(() => sourceNotes(rows.map(idsOf)), [rows]);
  return (
    <div className="table-scroll">
      <table className="data-table trade-table" role="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((col) => {
              const sortable = SORTABLE.includes(col);
              const active = sort.key === col;
              const numeric = col === 'value' || col === 'change';
              return (
                <th
                  key={col}
                  scope="col"
                  role="columnheader"
                  data-sortable={sortable || undefined}
                  className={numeric ? 'num' : undefined}
                  aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {sortable ? (
                    <button
                      type="button"
                      className="trade-table__sort"
                      onClick={() =>
                        onSort({
                          key: col as SortKey,
                          dir:
                            active && sort.dir === 'asc' ? 'desc' : active ? 'asc' : numeric ? 'desc' : 'asc',
                        })
                      }
                    >
                      {t(`col.${col}`)}
                      <span aria-hidden="true" className="trade-table__arrow">
                        {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                      </span>
                    </button>
                  ) : (
                    t(`col.${col}`)
                  )}
                  {/* Paper gets the words, not the button: a repeated header drops form controls. */}
                  {sortable && <span className="print-note">{t(`col.${col}`)}</span>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((p) => {
            const change = changes.get(p.id);
            return (
              <tr
                key={p.id}
                role="row"
                data-id={p.id}
                className={p.year === highlightYear ? 'is-highlighted' : undefined}
              >
                <td role="cell" data-label={t('col.year')}>
                  {p.year}
                </td>
                <td role="cell" data-label={t('col.period')} className="nowrap">
                  {formatPeriod({ year: p.year, months: p.months }, lang)}
                </td>
                <td role="cell" data-label={t('col.reporter')} className="nowrap">
                  <SeriesSwatch reporter={p.reporter} hollow={p.partial} kind={p.kind} />{' '}
                  {t(`reporterShort.${p.kind}.${p.reporter}`)}
                </td>
                <td role="cell" data-label={t('col.value')} className="num nowrap">
                  {pointValueText(p, lang)}
                </td>
                <td role="cell" data-label={t('col.change')} className="num nowrap">
                  {change ? (
                    <ChangeText change={change} year={p.year} lang={lang} />
                  ) : (
                    <span className="muted" title={t('noChangeWhy')}>
                      {t('noChange')}
                    </span>
                  )}
                </td>
                <td role="cell" data-label={t('col.flags')} className="trade-table__flags">
                  <FlagBadges point={p} />
                </td>
                <td role="cell" data-label={t('col.source')} className="trade-table__source">
                  {p.computed && <span className="muted">{t('computedFrom')} </span>}
                  <span className="screen-note">
                    <SourceCitation ids={idsOf(p)} sources={sources} unknown={t('unknownSource')} />
                  </span>
                  <span className="print-note">
                    <SourceCitation
                      ids={idsOf(p)}
                      sources={sources}
                      unknown={t('unknownSource')}
                      form="publisher"
                    />{' '}
                    [{[...new Set(idsOf(p))].map((id) => notes.get(id)).join(', ')}]
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SourceNotes notes={notes} sources={sources} unknown={t('unknownSource')} />
    </div>
  );
});
