/** Test fixtures: trade figures built field by field, so each test shows what matters to it. */
import type { OfficialFigure, TradeFigure } from '@data/schema';

type FigureInput = Partial<Omit<TradeFigure, 'period' | 'flags'>> & {
  year: number;
  months?: [number, number];
  flags?: Partial<TradeFigure['flags']>;
};

/** `figure({ year: 2022, valueUsd: 100e6 })`: a full-year total reported by Vietnam. */
export function figure({ year, months = [1, 12], flags, ...rest }: FigureInput): TradeFigure {
  const partial = !(months[0] === 1 && months[1] === 12);
  return {
    id:
      rest.id ??
      `t-${rest.reporter ?? 'VN'}-${rest.flow ?? 'total'}-${year}-${months.join('-')}`.toLowerCase(),
    reporter: 'VN',
    partner: 'BY',
    flow: 'total',
    valueUsd: 100e6,
    qualifier: 'exact',
    sourceId: 'src-a',
    quote: 'a quote',
    ...rest,
    period: { year, months },
    flags: { partial, uncertain: false, conflicting: false, ...flags },
  };
}

/** `officialCell('VN', 'imports', 2011, 199.3e6)`: one IMF DOTS cell of Vietnam–Belarus trade. */
export function officialCell(
  reporter: 'VN' | 'BY',
  flow: 'exports' | 'imports',
  year: number,
  valueUsd: number,
  uncertain = false,
): OfficialFigure {
  return {
    id: `dots-${reporter.toLowerCase()}-${flow}-${reporter === 'VN' ? 'by' : 'vn'}-${year}`,
    dataset: 'imf-dots',
    reporter,
    partner: reporter === 'VN' ? 'BY' : 'VN',
    flow,
    basis: flow === 'exports' ? 'FOB' : 'CIF',
    year,
    valueUsd,
    flags: { uncertain, estimated: false },
    sourceId: 'imf-dots',
    cell: { file: 'DOTS.xlsx', sheet: flow === 'exports' ? 'Exports, FOB' : 'Imports, CIF', ref: 'A1' },
  };
}
