/** Pure: totals computed from the official statistics (IMF DOTS cells), shared by the views. */
import type { OfficialFigure } from '@data/schema';

/**
 * One reporter's total trade (exports + imports) with a partner by year, only where both cells
 * exist (an empty cell is never read as zero). Of duplicate cells for a year, the first counts.
 */
export function officialTotals(
  official: OfficialFigure[],
  reporter: OfficialFigure['reporter'],
  partner: OfficialFigure['partner'],
): Map<number, number> {
  const flows = new Map<number, Partial<Record<OfficialFigure['flow'], number>>>();
  for (const f of official) {
    if (f.reporter !== reporter || f.partner !== partner) continue;
    const year = flows.get(f.year) ?? {};
    year[f.flow] ??= f.valueUsd;
    flows.set(f.year, year);
  }
  const out = new Map<number, number>();
  for (const [year, { exports, imports }] of flows) {
    if (exports !== undefined && imports !== undefined) out.set(year, exports + imports);
  }
  return out;
}
