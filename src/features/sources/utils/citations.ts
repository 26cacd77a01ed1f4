/** Pure: which records cite each source. */
import type { Dataset } from '@/lib/api/dataset';

export type CitingKind = 'official' | 'trade' | 'events' | 'partnerships' | 'indicators' | 'goods';

/** sourceId → record ids per kind: { 'seed-2011': { trade: ['t1'], events: ['e1', 'e2'] } } */
export function citationsBySource(
  data: Pick<Dataset, CitingKind>,
): Map<string, Partial<Record<CitingKind, string[]>>> {
  const out = new Map<string, Partial<Record<CitingKind, string[]>>>();
  const add = (sourceId: string, kind: CitingKind, id: string) => {
    const entry = out.get(sourceId) ?? {};
    (entry[kind] ??= []).push(id);
    out.set(sourceId, entry);
  };
  for (const r of data.official) add(r.sourceId, 'official', r.id);
  for (const r of data.trade) add(r.sourceId, 'trade', r.id);
  for (const r of data.indicators) add(r.sourceId, 'indicators', r.id);
  for (const r of data.goods) add(r.sourceId, 'goods', r.id);
  for (const r of data.events) for (const s of r.sourceIds) add(s, 'events', r.id);
  for (const r of data.partnerships) for (const s of r.sourceIds) add(s, 'partnerships', r.id);
  return out;
}
