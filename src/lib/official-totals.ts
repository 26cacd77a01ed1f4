/** Pure: totals computed from the official statistics (IMF DOTS cells), shared by the views. */
import type { OfficialFigure } from '@data/schema';

/** A reporter's two cells for one partner and year; either may be missing. */
export type FlowPair = Partial<Record<OfficialFigure['flow'], OfficialFigure>>;

/**
 * One reporter's export and import cells with a partner, by year. Of duplicate cells for a year
 * (a scaled test set), the first stands for the year.
 */
export function officialFlowPairs(
  official: OfficialFigure[],
  reporter: OfficialFigure['reporter'],
  partner: OfficialFigure['partner'],
): Map<number, FlowPair> {
  const pairs = new Map<number, FlowPair>();
  for (const f of official) {
    if (f.reporter !== reporter || f.partner !== partner) continue;
    const pair = pairs.get(f.year) ?? {};
    pair[f.flow] ??= f;
    pairs.set(f.year, pair);
  }
  return pairs;
}

/**
 * One reporter's total trade (exports + imports) with a partner by year (`officialFlowPairs`'s
 * arguments), only where both cells exist (an empty cell is never read as zero).
 */
export function officialTotals(...cells: Parameters<typeof officialFlowPairs>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [year, { exports, imports }] of officialFlowPairs(...cells)) {
    if (exports && imports) out.set(year, exports.valueUsd + imports.valueUsd);
  }
  return out;
}
