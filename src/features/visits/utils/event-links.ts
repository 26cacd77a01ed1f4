/** Where an event links to in the other views (Trade at its year, the partner-city map). */
import { localText } from '@/lib/local-text';
import { touchesPlace } from '@/lib/partnerships';
import type { Lang } from '@/lib/url/lang';
import type { DatasetEvent, Partnership, Place } from '@data/schema';
import { eventYear } from './filter-events';

export interface EventLink {
  pathname: string;
  search: Record<string, string>;
  /** What the link is about: a year, a pair of cities, a place. */
  kind: 'trade' | 'pair' | 'place';
  /** Name shown on the link, in the chosen language: "2023", "Hà Nội – Minsk". */
  label: string;
}

/**
 * The event's links out: `/trade?year=YYYY` always; `/partners?pair=<id>` for each partnership it
 * concerns; otherwise `/partners?place=<id>` when its place is one side of a partnership.
 */
export function eventLinks(
  event: DatasetEvent,
  partnerships: readonly Partnership[],
  places: readonly Place[],
  lang: Lang,
): EventLink[] {
  const placeName = (id: string) => {
    const p = places.find((place) => place.id === id);
    return p ? localText(p.names, lang) : id;
  };
  const year = String(eventYear(event));
  const links: EventLink[] = [{ pathname: '/trade', search: { year }, kind: 'trade', label: year }];
  const pairs = (event.partnershipIds ?? [])
    .map((id) => partnerships.find((p) => p.id === id))
    .filter((p): p is Partnership => p !== undefined);
  for (const p of pairs) {
    links.push({
      pathname: '/partners',
      search: { pair: p.id },
      kind: 'pair',
      label: `${placeName(p.vnPlaceId)} – ${placeName(p.byPlaceId)}`,
    });
  }
  const placeId = event.placeId;
  if (pairs.length === 0 && placeId && partnerships.some((p) => touchesPlace(p, placeId))) {
    links.push({
      pathname: '/partners',
      search: { place: placeId },
      kind: 'place',
      label: placeName(placeId),
    });
  }
  return links;
}
