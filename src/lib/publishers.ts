import type { Source } from '@data/schema';

/**
 * The publishers behind a set of records, each named once: the one behind most records first,
 * then by name. `records` holds each record's source ids; a source id with no record is left out.
 *   rankPublishers([[belta], [belta, vnn]], sources) → ['BelTA', 'VietnamNet']
 */
export function rankPublishers(
  records: readonly (readonly string[])[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  const count = new Map<string, number>();
  for (const ids of records) {
    const publishers = new Set(ids.flatMap((id) => sources.get(id)?.publisher ?? []));
    for (const p of publishers) count.set(p, (count.get(p) ?? 0) + 1);
  }
  return [...count.entries()].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0)).map(([p]) => p);
}
