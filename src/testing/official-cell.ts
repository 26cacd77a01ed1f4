/** Test fixture: one official statistic (an IMF DOTS cell), shared by the views' tests. */
import type { OfficialFigure } from '@data/schema';

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
