import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { SourceCitation } from '@/components/source-citation';
import { byId } from '@/lib/by-id';
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';
import type { DatasetEvent, Partnership, Place, Source } from '@data/schema';
import type { CardText } from '../utils/card-text';
import { eventLinks } from '../utils/event-links';
import { participantName, type PeopleByName } from '../utils/participants';
import { sameProps } from '../utils/same-props';

/** What every card of the timeline shares; the year groups pass it through unchanged. */
export interface CardContext {
  lang: Lang;
  /** A closed card's words in `lang` (`cardTexts`), worked out once per event. */
  textOf: (event: DatasetEvent) => CardText;
  places: readonly Place[];
  /** Loaded apart from the events, so a failure affects only the opened card's source list. */
  sources: SourcesState;
  partnerships: readonly Partnership[];
  /** Participants' names in every language (data/people.json). */
  people: PeopleByName;
  onToggle: (id: string) => void;
  onFocusCard: (id: string) => void;
}

/**
 * Whether two renders give cards the same context. The sources count only where a card is open
 * (`hasOpen`), since only an open card lists them. Callbacks must be stable.
 */
export function sameCardContext(a: CardContext, b: CardContext, hasOpen: boolean): boolean {
  return (
    sameProps(a, b, ['lang', 'textOf', 'places', 'partnerships', 'people', 'onToggle', 'onFocusCard']) &&
    (!hasOpen || (a.sources.list === b.sources.list && a.sources.error === b.sources.error))
  );
}

interface EventCardProps extends CardContext {
  event: DatasetEvent;
  open: boolean;
  /** Whether this card's button is the timeline's one Tab stop (roving focus). */
  tabbable: boolean;
}

/** The sources file, fetched only once an event is opened. */
export interface SourcesState {
  list: readonly Source[] | undefined;
  error: Error | null;
  retry: () => void;
}

/** DOM id of an event's toggle button, for focusing it from the timeline. */
export const toggleId = (eventId: string) => `event-${eventId}-toggle`;

/**
 * One event: date, title and kind/level/direction; opened, its people, summary, documents,
 * sources, links. Memoised: a year step re-renders only the cards whose props changed. Callbacks must be stable
 * (the timeline passes stable ones); the sources matter only to an open card.
 */
export const EventCard = memo(
  EventCardView,
  (a, b) =>
    a.event === b.event && a.open === b.open && a.tabbable === b.tabbable && sameCardContext(a, b, b.open),
);

/**
 * The closed card has no hooks of its own: its words come worked out from `cardTexts`, so drawing
 * a few hundred new cards on a year step costs only their elements.
 */
function EventCardView(props: EventCardProps) {
  const { event, open, tabbable, textOf, onToggle, onFocusCard } = props;
  const text = textOf(event);
  const detailsId = `event-${event.id}-details`;
  return (
    <li
      id={`event-${event.id}`}
      data-event-id={event.id}
      className={`visits-card visits-card--${event.direction}${open ? ' is-open' : ''}`}
    >
      <h3 className="visits-card__heading">
        <button
          type="button"
          id={toggleId(event.id)}
          data-event-toggle
          className="visits-card__toggle print-as-text"
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          tabIndex={tabbable ? 0 : -1}
          onClick={() => onToggle(event.id)}
          onFocus={() => onFocusCard(event.id)}
        >
          <span className="visits-card__date">{text.date}</span>{' '}
          <span className="visits-card__title">{text.title}</span>
          <span className="visits-card__chevron" aria-hidden="true" />
        </button>
      </h3>
      <p className="visits-card__meta">
        <span className="visits-badge">{text.kind}</span>
        <span className="visits-badge">{text.level}</span>
        <span className={`visits-badge visits-badge--dir visits-badge--${event.direction}`}>{text.dir}</span>
        {text.place !== null && <span className="visits-card__place">{text.place}</span>}
      </p>
      {open && <EventDetails {...props} id={detailsId} />}
    </li>
  );
}

function EventDetails({
  event,
  lang,
  places,
  sources,
  partnerships,
  people,
  onToggle,
  id,
}: EventCardProps & { id: string }) {
  const { t } = useTranslation('visits');
  const links = eventLinks(event, partnerships, places, lang);
  const list = sources.list;
  const sourceMap = byId(list ?? []);
  const loading = !list && !sources.error;
  return (
    <div className="visits-card__details" id={id}>
      {event.participants.length > 0 && (
        <p>
          <strong>{t('card.participants')}:</strong>{' '}
          {event.participants.map((name) => participantName(name, people, lang)).join(', ')}
        </p>
      )}
      <p className="visits-card__summary">{localText(event.summary, lang)}</p>
      {event.documents.length > 0 && (
        <>
          <h4>{t('card.documents')}</h4>
          <ul>
            {event.documents.map((d) => (
              <li key={d.en}>{localText(d, lang)}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('card.sources')}</h4>
      {sources.error && (
        <p className="visits-card__sources-error">
          {t('card.sourcesFailed', { reason: sources.error.message })}{' '}
          <button type="button" onClick={sources.retry}>
            {t('card.retry')}
          </button>
        </p>
      )}
      <ul className="visits-card__sources" aria-busy={loading}>
        {event.sourceIds.map((sid) =>
          // Until the list arrives, each citation keeps about its room, so the citations never
          // push the card's links down on screen.
          loading ? (
            <li key={sid} className="skeleton visits-card__source-loading">
              <span className="skeleton__bar" />
              <span className="skeleton__bar skeleton__bar--short" />
            </li>
          ) : (
            <li key={sid}>
              <SourceCitation ids={[sid]} sources={sourceMap} unknown={sid} form="dated" />
              {/* What the card's claims rest on: the source's words, or the research notes' account. */}
              {event.quotes
                .filter((q) => q.sourceId === sid)
                .map((q) => (
                  <p key={q.text} className="visits-card__quote">
                    {q.note && <span className="visits-card__quote-note">{t('card.noteQuote')} </span>}
                    <q lang={q.note ? 'en' : sourceMap.get(sid)?.language}>{q.text}</q>
                  </p>
                ))}
            </li>
          ),
        )}
      </ul>
      <h4>{t('card.links')}</h4>
      <ul className="visits-card__links">
        {links.map((l) => (
          <li key={`${l.pathname}?${new URLSearchParams(l.search)}`}>
            <AppLink to={{ pathname: l.pathname, search: l.search }}>
              {l.kind === 'trade'
                ? t('card.trade', { year: l.label })
                : t(`card.${l.kind}`, { label: l.label })}
            </AppLink>
          </li>
        ))}
        <li>
          <AppLink to={{ pathname: '/visits', search: { event: event.id } }}>{t('card.permalink')}</AppLink>
        </li>
      </ul>
      <button type="button" className="visits-card__close" onClick={() => onToggle(event.id)}>
        {t('card.close')}
      </button>
    </div>
  );
}
