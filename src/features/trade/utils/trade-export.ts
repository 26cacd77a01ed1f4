/**
 * The table's rows as CSV text, and file names for the downloads. Pure; the shared
 * `@/lib/csv/download` hands files to the browser.
 */
import { byId } from '@/lib/by-id';
import { csvText } from '@/lib/csv/csv';
import type { TradePoint } from '@/lib/trade-points';
import type { YearRange } from '@/lib/url/year-range';
import type { Source } from '@data/schema';
import type { Flow } from './trade-params';
import type { Change } from './trade-series';

/** `vietnam-belarus-trade-total-2010-2024.csv` */
export function exportFileName(flow: Flow, range: YearRange, ext: 'csv' | 'png' | 'svg'): string {
  return `vietnam-belarus-trade-${flow}-${range.from}-${range.to}.${ext}`;
}

const joined = (values: (string | undefined)[]) => values.map((v) => v ?? '').join(' | ');

/**
 * One CSV line per table row, in the table's order, with the source(s) spelled out: `kind` is
 * `official` (an IMF DOTS statistic, with its basis and cell) or `press` (a figure quoted in the
 * news, with its quote). A computed total or balance lists both records, joined by " | ".
 */
export function tradeCsv(
  rows: TradePoint[],
  changes: Map<string, Change | null>,
  sources: Source[],
  flow: Flow,
): string {
  const sourceById = byId(sources);
  const data = rows.map((p) => {
    const records = [...p.figures, ...p.cells];
    const src = records.map((f) => sourceById.get(f.sourceId));
    const change = changes.get(p.id);
    return {
      id: p.id,
      kind: p.kind,
      year: p.year,
      months: `${p.months[0]}-${p.months[1]}`,
      reporter: p.reporter,
      flow,
      value_usd: p.valueUsd,
      qualifier: p.qualifier,
      change_pct: change ? Math.round(change.ratio * 1000) / 10 : '',
      change_vs_year: change ? change.vsYear : '',
      partial: p.partial,
      uncertain: p.uncertain,
      conflicting: p.conflicting,
      computed: p.computed,
      figure_ids: records.map((f) => f.id).join(' | '),
      basis: joined(p.cells.map((c) => `${c.reporter} ${c.flow} ${c.basis}`)),
      cell: joined(p.cells.map((c) => `${c.cell.file} ${c.cell.sheet} ${c.cell.ref}`)),
      publisher: joined(src.map((s) => s?.publisher)),
      title: joined(src.map((s) => s?.title)),
      url: joined(src.map((s) => s?.url)),
      quote: joined(p.figures.map((f) => f.quote)),
    };
  });
  const fields = [
    'id',
    'kind',
    'year',
    'months',
    'reporter',
    'flow',
    'value_usd',
    'qualifier',
    'change_pct',
    'change_vs_year',
    'partial',
    'uncertain',
    'conflicting',
    'computed',
    'figure_ids',
    'basis',
    'cell',
    'publisher',
    'title',
    'url',
    'quote',
  ];
  return csvText(fields, data);
}
