/**
 * The numbered sessions of each commission that the data does not hold: the sources count the
 * sessions ("the 14th session"), so a gap in the numbers is a session that met but is not here.
 * Said beside the timeline rather than left as a silent gap.
 */
import type { DatasetEvent, EventKind } from '@data/schema';

/** The kinds whose events are numbered sessions (`session`). Types only from the schema: no zod ships. */
export const COMMISSION_KINDS = [
  'commission-igc',
  'commission-military',
  'commission-science',
] as const satisfies readonly EventKind[];

export type CommissionKind = (typeof COMMISSION_KINDS)[number];

export interface CommissionGaps {
  kind: CommissionKind;
  /** The highest session number in the data. */
  last: number;
  /** Missing numbers from 1 to `last`, as runs: [[1, 7], [11, 11], [13, 13]]. */
  missing: [number, number][];
}

/** Per commission that has numbered sessions in `events`, the numbers missing below its last. */
export function commissionGaps(events: readonly DatasetEvent[]): CommissionGaps[] {
  const held = new Map<CommissionKind, Set<number>>();
  for (const e of events) {
    const kind = COMMISSION_KINDS.find((k) => k === e.kind);
    if (kind === undefined || e.session === undefined) continue;
    const set = held.get(kind) ?? new Set<number>();
    set.add(e.session);
    held.set(kind, set);
  }
  return COMMISSION_KINDS.flatMap((kind) => {
    const set = held.get(kind);
    if (!set) return [];
    const last = Math.max(...set);
    const missing: [number, number][] = [];
    for (let n = 1; n <= last; n++) {
      if (set.has(n)) continue;
      const run = missing.at(-1);
      if (run && run[1] === n - 1) run[1] = n;
      else missing.push([n, n]);
    }
    return missing.length > 0 ? [{ kind, last, missing }] : [];
  });
}

/** The missing runs as a list's items: [[1, 7], [11, 11]] → ["1–7", "11"]. */
export const runLabels = (missing: readonly [number, number][]): string[] =>
  missing.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
