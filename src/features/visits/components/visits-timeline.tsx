import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStableCallback } from '@/hooks/use-stable-callback';
import type { Lang } from '@/lib/url/lang';
import type { DatasetEvent, Partnership, Place } from '@data/schema';
import { useDrawnYears } from '../hooks/use-drawn-years';
import { useRevealOpened } from '../hooks/use-reveal-opened';
import type { CardText } from '../utils/card-text';
import type { DrawnYear } from '../utils/drawn-years';
import { eventYear } from '../utils/filter-events';
import type { PeopleByName } from '../utils/participants';
import { sameProps } from '../utils/same-props';
import type { EventOrder } from '../utils/visits-params';
import { EventCard, sameCardContext, toggleId, type CardContext, type SourcesState } from './event-card';
import { SinceYearButton } from './since-year-button';

interface VisitsTimelineProps {
  groups: { year: number; events: DatasetEvent[] }[];
  /** The opened event's id (from the URL), or null. */
  selected: string | null;
  lang: Lang;
  /** Each event's card text (`useCardTexts`), shared with the timeline's marks. */
  textOf: (event: DatasetEvent) => CardText;
  /** Newest first (the default) or oldest first. */
  order: EventOrder;
  places: readonly Place[];
  /** Every event by id, to tell whether an id is shown without a pass over all of them. */
  eventById: ReadonlyMap<string, DatasetEvent>;
  sources: SourcesState;
  partnerships: readonly Partnership[];
  people: PeopleByName;
  onSelect: (id: string | null) => void;
  onSinceYear: (year: number) => void;
  /** Bumped by the view when the opened event should be focused again (e.g. after "Show it"). */
  revealKey: number;
  /** Years stay drawn (hidden when empty) while this keeps its identity: the filters but the years. */
  keepAcross: unknown;
}

/** DOM id of a year group's heading, the target of the year strip. */
export const yearHeadingId = (year: number) => `visits-year-${year}`;

/**
 * Events grouped under a heading per year. One Tab stop for all events (roving focus): Up/Down,
 * Home/End move between them, Enter opens, Escape closes. Opening an event focuses and scrolls to it.
 */
export function VisitsTimeline({
  groups,
  selected,
  lang,
  textOf,
  order,
  places,
  eventById,
  sources,
  partnerships,
  people,
  onSelect,
  onSinceYear,
  revealKey,
  keepAcross,
}: VisitsTimelineProps) {
  const { t } = useTranslation('visits');
  const root = useRef<HTMLDivElement>(null);
  // The last focused card: which one Tab returns to. Momentary focus state, not view state.
  const [active, setActive] = useState<string | null>(null);
  // Whether an event is shown: found by id, then looked for in its own year's group only (a
  // pass over every shown id cost milliseconds per step on a large timeline).
  const isShown = (id: string | null): id is string => {
    const event = id === null ? undefined : eventById.get(id);
    if (!event) return false;
    const year = eventYear(event);
    return groups.some((g) => g.year === year && g.events.includes(event));
  };
  const newest = order === 'newest';
  const firstShown = newest ? groups.at(-1)?.events.at(-1)?.id : groups[0]?.events[0]?.id;
  const tabbable = (isShown(active) ? active : null) ?? (isShown(selected) ? selected : null) ?? firstShown;
  const years = useDrawnYears(groups, keepAcross);
  // Drawn oldest first (drawnYears); shown in the reader's order.
  const ordered = newest ? inReverse(years) : years;

  const selectedShown = isShown(selected);
  const yearOf = (id: string) => {
    const event = eventById.get(id);
    return event ? eventYear(event) : undefined;
  };
  useRevealOpened(selected, selectedShown, revealKey, groups);

  const toggleCard = (id: string) => {
    if (selected === id) {
      onSelect(null);
      document.getElementById(toggleId(id))?.focus();
    } else {
      onSelect(id);
    }
  };

  // Cards and year groups are memoised; they get stable callbacks that run the latest handlers.
  const stableToggle = useStableCallback(toggleCard);
  const stableSinceYear = useStableCallback(onSinceYear);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape' && selected) {
      const card = target.closest<HTMLElement>('[data-event-id]');
      if (card?.dataset.eventId === selected) {
        e.preventDefault();
        toggleCard(selected);
      }
      return;
    }
    if (!target.matches('[data-event-toggle]')) return;
    const toggles = Array.from(
      root.current?.querySelectorAll<HTMLElement>('.visits-year:not([hidden]) [data-event-toggle]') ?? [],
    );
    const i = toggles.indexOf(target);
    const next =
      e.key === 'ArrowDown'
        ? toggles[i + 1]
        : e.key === 'ArrowUp'
          ? toggles[i - 1]
          : e.key === 'Home'
            ? toggles[0]
            : e.key === 'End'
              ? toggles.at(-1)
              : undefined;
    if (!next) return;
    e.preventDefault();
    next.focus();
    next.closest('li')?.scrollIntoView({ block: 'nearest' });
  };

  if (groups.length === 0) return <p className="visits-empty">{t('empty')}</p>;

  return (
    <div className="visits-timeline" ref={root} onKeyDown={onKeyDown}>
      {ordered.map((g) => {
        // The opened event and the Tab stop are shown events (above): found by their year.
        const inGroup = (id: string | null | undefined) =>
          id && g.shown && yearOf(id) === g.year ? id : null;
        return (
          <YearGroup
            key={g.year}
            year={g.year}
            events={g.events}
            hidden={!g.shown}
            showSince={g.year !== groups[0]!.year}
            selected={inGroup(selectedShown ? selected : null)}
            tabbable={inGroup(tabbable)}
            lang={lang}
            textOf={textOf}
            places={places}
            sources={sources}
            partnerships={partnerships}
            people={people}
            onToggle={stableToggle}
            onFocusCard={setActive}
            onSinceYear={stableSinceYear}
          />
        );
      })}
    </div>
  );
}

interface YearGroupProps extends CardContext {
  year: number;
  events: readonly DatasetEvent[];
  /** Drawn but empty under the filters (`drawnYears`): kept in the page, not shown. */
  hidden: boolean;
  /** Offer "from this year on" (not on the first shown group, where it would change nothing). */
  showSince: boolean;
  /** The opened event and the Tab stop, when they are in this group (else null). */
  selected: string | null;
  tabbable: string | null;
  onSinceYear: (year: number) => void;
}

/** The years newest first, each year's events newest first (the memoised groups compare items). */
const inReverse = (years: readonly DrawnYear[]): DrawnYear[] =>
  [...years].reverse().map((y) => ({ ...y, events: [...y.events].reverse() }));

/**
 * Cards a year shows before "Show all": more than any year of the real data has, so it only
 * bounds a step's work on a far larger dataset (a year shown again lays out at most this many).
 */
export const CARDS_SHOWN = 40;

const sameItems = <T,>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * One year's heading and cards. Memoised: a year step regroups the events, but a year whose
 * events are the same items is not drawn again (callbacks must be stable).
 */
const YearGroup = memo(
  function YearGroup(props: YearGroupProps) {
    const { year, events, hidden, showSince, selected, tabbable, onSinceYear } = props;
    const { t } = useTranslation('visits');
    // A year shows its first CARDS_SHOWN cards until asked for all (momentary UI, not view state),
    // and always up to the open event and the Tab stop.
    const [all, setAll] = useState(false);
    const needed = Math.max(
      CARDS_SHOWN,
      ...[selected, tabbable].map((id) => (id ? events.findIndex((e) => e.id === id) + 1 : 0)),
    );
    const shown = all ? events : events.slice(0, needed);
    return (
      <section
        className={`visits-year${showSince ? '' : ' visits-year--first'}`}
        aria-labelledby={yearHeadingId(year)}
        hidden={hidden}
      >
        <div className="visits-year__head">
          <h2 id={yearHeadingId(year)} tabIndex={-1}>
            {year} <span className="visits-year__count">{t('yearHeading', { count: events.length })}</span>
          </h2>
          {showSince && <SinceYearButton year={year} onSinceYear={onSinceYear} />}
        </div>
        <ol className="visits-year__events">
          {shown.map((e) => (
            <EventCard
              key={e.id}
              event={e}
              open={e.id === selected}
              tabbable={e.id === tabbable}
              lang={props.lang}
              textOf={props.textOf}
              places={props.places}
              sources={props.sources}
              partnerships={props.partnerships}
              people={props.people}
              onToggle={props.onToggle}
              onFocusCard={props.onFocusCard}
            />
          ))}
        </ol>
        {shown.length < events.length && (
          <button type="button" className="visits-year__all" onClick={() => setAll(true)}>
            {t('showAll', { count: events.length, year })}
          </button>
        )}
      </section>
    );
  },
  (a, b) =>
    sameProps(a, b, ['year', 'hidden', 'showSince', 'selected', 'tabbable', 'onSinceYear']) &&
    sameItems(a.events, b.events) &&
    sameCardContext(a, b, b.selected !== null),
);
