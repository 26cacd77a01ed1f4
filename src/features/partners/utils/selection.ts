/** Pure: what a selected or hovered locality or pair brings forward on the map and in the panel. */
import { pairsOfPlace, touchesPlace } from '@/lib/partnerships';
import type { DatasetEvent, Partnership } from '@data/schema';

/** A locality or a pair, by id. */
export type Focus = { kind: 'place'; id: string } | { kind: 'pair'; id: string };

/** placeId → number of the given pairs it takes part in. */
export function pairCounts(
  pairs: readonly Pick<Partnership, 'vnPlaceId' | 'byPlaceId'>[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of pairs) {
    out.set(p.vnPlaceId, (out.get(p.vnPlaceId) ?? 0) + 1);
    out.set(p.byPlaceId, (out.get(p.byPlaceId) ?? 0) + 1);
  }
  return out;
}

export interface Highlight {
  pairs: Set<string>;
  places: Set<string>;
}

/** A place lights up itself, its pairs and their other ends; a pair lights up itself and both ends. */
export function highlightOf(focus: Focus | null, pairs: readonly Partnership[]): Highlight | null {
  if (focus === null) return null;
  const out: Highlight = { pairs: new Set(), places: new Set() };
  if (focus.kind === 'place') out.places.add(focus.id);
  for (const p of pairs) {
    const hit = focus.kind === 'pair' ? p.id === focus.id : touchesPlace(p, focus.id);
    if (!hit) continue;
    out.pairs.add(p.id);
    out.places.add(p.vnPlaceId);
    out.places.add(p.byPlaceId);
  }
  return out;
}

/** Events of a selection, each list oldest first. */
export interface RelatedEvents {
  /** Events whose `partnershipIds` include the pair (or, for a place, any of its pairs). */
  about: DatasetEvent[];
  /** For a place: other events held there (`placeId`); a capital hosts many. */
  heldThere: DatasetEvent[];
}

/** Events about a pair, or about a place's pairs plus the other events held at the place. */
export function relatedEvents(
  events: readonly DatasetEvent[],
  focus: Focus,
  pairs: readonly Partnership[],
): RelatedEvents {
  const pairIds =
    focus.kind === 'pair' ? new Set([focus.id]) : new Set(pairsOfPlace(pairs, focus.id).map((p) => p.id));
  const sorted = [...events].sort((a, b) => a.date.start.localeCompare(b.date.start));
  const about = sorted.filter((e) => (e.partnershipIds ?? []).some((id) => pairIds.has(id)));
  const heldThere =
    focus.kind === 'place' ? sorted.filter((e) => e.placeId === focus.id && !about.includes(e)) : [];
  return { about, heldThere };
}
