import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { formatDatePoint } from '@/lib/format';
import { localText, type LocalTexts } from '@/lib/local-text';
import { otherEnd, pairsOfPlace } from '@/lib/partnerships';
import type { Lang } from '@/lib/url/lang';
import type { DatasetEvent, Partnership, Place, Source } from '@data/schema';
import { useCountryName } from '../hooks/use-country-name';
import { relatedEvents, type Focus } from '../utils/selection';
import { SourceLinks } from './source-links';

/** A locality's name in `lang`, or its id if the dataset has no such locality. */
export function placeName(places: ReadonlyMap<string, Place>, id: string, lang: Lang): string {
  const p = places.get(id);
  return p ? localText(p.names, lang) : id;
}

/** A pair's start date in `lang`, or that it is unknown. */
function useSince(lang: Lang) {
  const { t } = useTranslation('partners');
  return (p: Partnership) => (p.since ? formatDatePoint(p.since, lang) : t('dateUnknown'));
}

/** Said of a pair that the filters hide from the map and the table. */
function FilteredOut() {
  const { t } = useTranslation('partners');
  return <span className="muted"> ({t('details.filteredOut')})</span>;
}

/** The pair's status and start, or the locality's kind and country. */
export function DetailsFacts({
  pair,
  place,
  visible,
  lang,
}: {
  pair: Partnership | undefined;
  place: Place | undefined;
  visible: ReadonlySet<string>;
  lang: Lang;
}) {
  const { t } = useTranslation('partners');
  const country = useCountryName(lang);
  const since = useSince(lang);
  return (
    <dl className="partners-details__facts">
      {pair && (
        <>
          <dt>{t('details.status')}</dt>
          <dd>
            <span className={`partners-status partners-status--${pair.status}`}>
              {t(`statusLong.${pair.status}`)}
            </span>
            {!visible.has(pair.id) && <FilteredOut />}
          </dd>
          <dt>{t('details.since')}</dt>
          <dd>{since(pair)}</dd>
        </>
      )}
      {place && (
        <>
          <dt>{t('details.kind')}</dt>
          <dd>
            {t('details.placeOf', {
              kind: t(`kind.${place.kind}`),
              country: country(place.country),
            })}
          </dd>
        </>
      )}
    </dl>
  );
}

/** A locality's names in every language it has one; for a pair's end, also its country and kind. */
export function PlaceNames({ place, ofPair, lang }: { place: Place; ofPair: boolean; lang: Lang }) {
  const { t } = useTranslation('partners');
  const country = useCountryName(lang);
  return (
    <div className="partners-details__names">
      <h3>
        {t('details.names')}
        {ofPair && `: ${country(place.country)}`}
      </h3>
      <ul>
        {(['vi', 'en', 'ru', 'be'] as const).map((l) =>
          place.names[l] ? (
            <li key={l}>
              <abbr className="partners-details__lang" title={t(`details.lang.${l}`)}>
                {l}
              </abbr>{' '}
              <span lang={l}>{place.names[l]}</span>
            </li>
          ) : null,
        )}
      </ul>
      {ofPair && <p className="muted partners-details__kind">{t(`kind.${place.kind}`)}</p>}
    </div>
  );
}

interface PlacePairsProps {
  place: Place;
  pairs: Partnership[];
  visible: ReadonlySet<string>;
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
  onSelect: (focus: Focus) => void;
  lang: Lang;
}

/** A locality's partnerships, each a button to select that pair. */
export function PlacePairs({ place, pairs, visible, places, sources, onSelect, lang }: PlacePairsProps) {
  const { t } = useTranslation('partners');
  const since = useSince(lang);
  const ofPlace = pairsOfPlace(pairs, place.id);
  return (
    <section>
      <h3>{t('details.partnerships')}</h3>
      {ofPlace.length === 0 ? (
        <p className="muted">{t('details.noPartnerships')}</p>
      ) : (
        <ul className="partners-details__pairs">
          {ofPlace.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => onSelect({ kind: 'pair', id: p.id })}
              >
                {placeName(places, otherEnd(p, place.id), lang)}
              </button>{' '}
              <span className={`partners-status partners-status--${p.status}`}>
                {t(`status.${p.status}`)}
              </span>
              {' · '}
              {since(p)}
              {!visible.has(p.id) && <FilteredOut />}
              <SourceLinks ids={p.sourceIds} sources={sources} compact />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The documents a pair signed, dated where known, and the pair's note. */
export function PairDocuments({ pair, lang }: { pair: Partnership; lang: Lang }) {
  const { t } = useTranslation('partners');
  return (
    <section>
      <h3>{t('details.documents')}</h3>
      {pair.documents.length === 0 ? (
        <p className="muted">{t('details.noDocuments')}</p>
      ) : (
        <ul>
          {pair.documents.map((d, i) => (
            <li key={i}>
              {localText(d.title, lang)}
              {d.date && (
                <span className="muted">
                  {' '}
                  ({formatDatePoint({ start: d.date, precision: precisionOf(d.date) }, lang)})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {pair.note && <DetailsNote note={pair.note} lang={lang} />}
    </section>
  );
}

/** A pair's or a locality's note. */
export function DetailsNote({ note, lang }: { note: LocalTexts; lang: Lang }) {
  const { t } = useTranslation('partners');
  return (
    <p className="partners-details__note">
      <strong>{t('details.note')}:</strong> {localText(note, lang)}
    </p>
  );
}

interface RelatedEventsProps {
  events: DatasetEvent[];
  selected: Focus;
  pairs: Partnership[];
  /** The selection's name, for the events held there. */
  title: string;
  lang: Lang;
}

/** Events about the selection, then (folded) those only held in its localities. */
export function RelatedEvents({ events, selected, pairs, title, lang }: RelatedEventsProps) {
  const { t } = useTranslation('partners');
  const related = relatedEvents(events, selected, pairs);
  return (
    <section>
      <h3>{t('details.events')}</h3>
      {related.about.length === 0 ? (
        <p className="muted">{t('details.noEvents')}</p>
      ) : (
        <EventList events={related.about} lang={lang} />
      )}
      {related.heldThere.length > 0 && (
        <details className="partners-details__held">
          <summary>{t('details.heldThere', { count: related.heldThere.length, place: title })}</summary>
          <EventList events={related.heldThere} lang={lang} />
        </details>
      )}
    </section>
  );
}

function EventList({ events, lang }: { events: DatasetEvent[]; lang: Lang }) {
  return (
    <ul className="partners-details__events">
      {events.map((e) => (
        <li key={e.id}>
          <span className="muted nowrap">{formatDatePoint(e.date, lang)}</span>{' '}
          <AppLink to={{ pathname: '/visits', search: { event: e.id } }}>{localText(e.title, lang)}</AppLink>
        </li>
      ))}
    </ul>
  );
}

const precisionOf = (d: string) =>
  (d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day') as 'year' | 'month' | 'day';
