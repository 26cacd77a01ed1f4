/**
 * The text of a closed event card, worked out once per event and language. A year step on a
 * large timeline draws hundreds of cards again; formatting each date (Intl) and looking up each
 * badge (i18next) on every draw was most of the step's script time.
 */
import type { DatasetEvent, EventDirection, EventKind, EventLevel, Place } from '@data/schema';
import { formatDatePoint } from '@/lib/format';
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';

/** The badge words of one language, read once from the translations. */
export interface CardLabels {
  lang: Lang;
  kind: (kind: EventKind) => string;
  level: (level: EventLevel) => string;
  dir: (dir: EventDirection) => string;
  /** "Met in Moscow": a meeting in a third country names the place in its badge. */
  metIn: (place: string) => string;
}

/** What a closed card shows, in the order it shows it. */
export interface CardText {
  date: string;
  title: string;
  kind: string;
  level: string;
  /** The direction badge, or "Met in <place>" for a meeting in a third country. */
  dir: string;
  /** The place beside the badges, when the badge does not already name it. */
  place: string | null;
}

/** Per labels object (one per language and loaded translations), per event: the card's text. */
const cache = new WeakMap<CardLabels, WeakMap<DatasetEvent, CardText>>();

/** The closed card's text for `event`; the same object each time for the same event and labels. */
export function cardText(
  event: DatasetEvent,
  labels: CardLabels,
  places: ReadonlyMap<string, Place>,
): CardText {
  let byEvent = cache.get(labels);
  if (!byEvent) cache.set(labels, (byEvent = new WeakMap()));
  let text = byEvent.get(event);
  if (!text) {
    const { lang } = labels;
    const place = event.placeId ? places.get(event.placeId) : undefined;
    const placeName = place ? localText(place.names, lang) : null;
    const thirdCountry = event.direction === 'third-country' && placeName !== null;
    text = {
      date: formatDatePoint(event.date, lang),
      title: localText(event.title, lang),
      kind: labels.kind(event.kind),
      level: labels.level(event.level),
      dir: thirdCountry ? labels.metIn(placeName) : labels.dir(event.direction),
      place: thirdCountry ? null : placeName,
    };
    byEvent.set(event, text);
  }
  return text;
}
