/**
 * The text of a closed event card, worked out once per event and language. A year step on a
 * large timeline draws hundreds of cards again; formatting each date (Intl) and looking up each
 * badge (i18next) on every draw was most of the step's script time.
 */
import { formatDatePoint } from '@/lib/format';
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';
import type { DatasetEvent, EventDirection, EventKind, EventLevel, Place } from '@data/schema';

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

/**
 * The closed cards' text in one language: each event worked out on its first draw, then kept.
 * Made where the labels and places are (the timeline, once per language and data), so its memory
 * goes with them.
 */
export function cardTexts(
  labels: CardLabels,
  places: ReadonlyMap<string, Place>,
): (event: DatasetEvent) => CardText {
  const texts = new Map<DatasetEvent, CardText>();
  const { lang } = labels;
  return (event) => {
    let text = texts.get(event);
    if (!text) {
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
      texts.set(event, text);
    }
    return text;
  };
}
