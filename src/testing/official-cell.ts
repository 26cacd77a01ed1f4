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

/**
 * Vietnam: both flows in 1999 and 2000, exports only in 2001, both again in 2014 (exports
 * doubtful). Belarus: both flows 1999–2001. The Overview's headline totals and picture read it.
 */
export const OFFICIAL_SAMPLE = [
  officialCell('VN', 'exports', 1999, 1e6),
  officialCell('VN', 'imports', 1999, 2e6),
  officialCell('VN', 'exports', 2000, 3e6),
  officialCell('VN', 'imports', 2000, 4e6),
  officialCell('VN', 'exports', 2001, 5e6),
  officialCell('VN', 'exports', 2014, 400e6, true),
  officialCell('VN', 'imports', 2014, 10e6),
  ...[1999, 2000, 2001].flatMap((y) => [
    officialCell('BY', 'exports', y, 10e6),
    officialCell('BY', 'imports', y, 20e6),
  ]),
];
