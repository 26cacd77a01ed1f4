import type { DatasetEvent, Partnership, Place } from '@data/schema';
import type { PeopleByName } from '../utils/participants';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStableCallback } from '@/hooks/use-stable-callback';
import type { Lang } from '@/lib/url/lang';
import { scrollIntoViewSettled } from '../utils/scroll-into-view';
import { EventCard, sameCardContext, toggleId, type CardContext, type SourcesState } from './event-card';
import { SinceYearButton } from './since-year-button';

interface VisitsTimelineProps {
  groups: { year: number; events: DatasetEvent[] }[];
  /** The opened event's id (from the URL), or null. */
  selected: string | null;
  lang: Lang;
  places: readonly Place[];
  sources: SourcesState;
  partnerships: readonly Partnership[];
  people: PeopleByName;
  onSelect: (id: string | null) => void;
  onSinceYear: (year: number) => void;
  /** Bumped by the view when the opened event should be focused again (e.g. after "Show it"). */
  revealKey: number;
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
  places,
  sources,
  partnerships,
  people,
  onSelect,
  onSinceYear,
  revealKey,
}: VisitsTimelineProps) {
  const { t } = useTranslation('visits');
  const root = useRef<HTMLDivElement>(null);
  // The last focused card: which one Tab returns to. Momentary focus state, not view state.
  const [active, setActive] = useState<string | null>(null);
  const shownIds = groups.flatMap((g) => g.events.map((e) => e.id));
  const tabbable =
    (active && shownIds.includes(active) ? active : null) ??
    (selected && shownIds.includes(selected) ? selected : null) ??
    shownIds[0];

  // Which selection (and which "Show it" request) has been focused already, so that focus moves
  // only when the reader opens an event, not whenever the filters redraw the list.
  const handled = useRef<{ id: string | null; revealKey: number }>({ id: null, revealKey });
  useEffect(() => {
    const toggle = selected ? document.getElementById(toggleId(selected)) : null;
    if (handled.current.id !== selected) {
      handled.current = { id: selected, revealKey };
    } else if (handled.current.revealKey !== revealKey && toggle) {
      // "Show it" clears the filters after this bump; wait until the card is drawn.
      handled.current.revealKey = revealKey;
    } else {
      return;
    }
    if (!toggle) return;
    const wasFocused = document.activeElement === toggle;
    toggle.focus({ preventScroll: true });
    // A click keeps the card where it is; a link or "Show it" brings it to the top.
    const card = toggle.closest('li');
    if (card) scrollIntoViewSettled(card, { block: wasFocused ? 'nearest' : 'start' });
  }, [selected, revealKey, groups]);

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
    const toggles = Array.from(root.current?.querySelectorAll<HTMLElement>('[data-event-toggle]') ?? []);
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
      {groups.map((g, gi) => {
        const inGroup = (id: string | null | undefined) =>
          id && g.events.some((e) => e.id === id) ? id : null;
        return (
          <YearGroup
            key={g.year}
            year={g.year}
            events={g.events}
            showSince={gi > 0}
            selected={inGroup(selected)}
            tabbable={inGroup(tabbable)}
            lang={lang}
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
  /** Offer "from this year on" (not on the first group, where it would change nothing). */
  showSince: boolean;
  /** The opened event and the Tab stop, when they are in this group (else null). */
  selected: string | null;
  tabbable: string | null;
  onSinceYear: (year: number) => void;
}

const sameItems = <T,>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * One year's heading and cards. Memoised: a year step regroups the events, but a year whose
 * events are the same items is not drawn again (callbacks must be stable).
 */
const YearGroup = memo(
  function YearGroup(props: YearGroupProps) {
    const { year, events, showSince, selected, tabbable, onSinceYear } = props;
    const { t } = useTranslation('visits');
    return (
      <section className="visits-year" aria-labelledby={yearHeadingId(year)}>
        <div className="visits-year__head">
          <h2 id={yearHeadingId(year)} tabIndex={-1}>
            {year} <span className="visits-year__count">{t('yearHeading', { count: events.length })}</span>
          </h2>
          {showSince && <SinceYearButton year={year} onSinceYear={onSinceYear} />}
        </div>
        <ol className="visits-year__events">
          {events.map((e) => (
            <EventCard
              key={e.id}
              event={e}
              open={e.id === selected}
              tabbable={e.id === tabbable}
              lang={props.lang}
              places={props.places}
              sources={props.sources}
              partnerships={props.partnerships}
              people={props.people}
              onToggle={props.onToggle}
              onFocusCard={props.onFocusCard}
            />
          ))}
        </ol>
      </section>
    );
  },
  (a, b) =>
    a.year === b.year &&
    a.showSince === b.showSince &&
    a.selected === b.selected &&
    a.tabbable === b.tabbable &&
    a.onSinceYear === b.onSinceYear &&
    sameItems(a.events, b.events) &&
    sameCardContext(a, b, b.selected !== null),
);
