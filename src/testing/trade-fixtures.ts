/** Test fixtures: trade figures built field by field, so each test shows what matters to it. */
import type { TradeFigure } from '@data/schema';

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

export { officialCell } from './official-cell';
