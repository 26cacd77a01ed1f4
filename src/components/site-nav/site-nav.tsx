import { useCallback, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppNavLink } from '@/components/app-link';
import { registerNamespace } from '@/i18n/i18n';
import { nextHidden, overflowEnds, scrollToShow } from './nav-scroll';
import { locales } from './site-nav-locales';
import './site-nav.css';

registerNamespace('siteNav', locales);

export interface SiteNavItem {
  to: string;
  /** Its label's key under `nav.` in the shell's strings. */
  key: string;
  end?: boolean;
}

/** How far (px) a link is kept from an edge that carries a scroll cue: the cue's width. */
const CUE = 40;

/**
 * The views, one row of links. Where the row is wider than the screen (a phone, and Russian
 * worst) it scrolls sideways: each end that hides links fades out under a chevron button that
 * brings the next hidden link into view and focuses it, and the current view's link is scrolled
 * into view. Keyboard users also reach every link with Tab (the row scrolls to the focused one).
 */
export function SiteNav({ items }: { items: readonly SiteNavItem[] }) {
  const { t } = useTranslation();
  const { t: tn } = useTranslation('siteNav');
  const { pathname } = useLocation();
  const listRef = useRef<HTMLUListElement>(null);
  const [ends, setEnds] = useState({ start: false, end: false });

  const measure = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const next = overflowEnds(list);
    setEnds((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
  }, []);

  /** Scrolls the row so that an item is shown whole, clear of the cues. */
  const show = (li: HTMLElement, behavior?: ScrollBehavior) => {
    const list = listRef.current;
    if (!list || list.scrollWidth <= list.clientWidth) return;
    list.scrollTo({
      left: scrollToShow(list, li.offsetLeft, li.offsetLeft + li.offsetWidth, CUE),
      behavior,
    });
  };

  // Widths change with the screen, the language and the web font arriving: each link is watched.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    for (const li of list.children) observer.observe(li);
    return () => observer.disconnect();
  }, [measure, items]);

  // The current view's link is in sight, also after a move to a view whose link was cut off.
  useLayoutEffect(() => {
    const li = listRef.current?.querySelector('[aria-current="page"]')?.closest('li');
    if (li) show(li, 'instant');
    measure();
    // `show` reads only the ref: the effect runs on a move to another view.
  }, [pathname, measure]);

  const reveal = (dir: 1 | -1) => (e: MouseEvent<HTMLButtonElement>) => {
    e.preventDefault();
    const list = listRef.current;
    if (!list) return;
    const lis = [...list.children] as HTMLElement[];
    const i = nextHidden(
      list,
      lis.map((li) => [li.offsetLeft, li.offsetLeft + li.offsetWidth] as const),
      dir,
      CUE,
    );
    if (i < 0) return;
    const li = lis[i]!;
    show(li);
    // The link itself takes focus, so the cue never vanishes from under a keyboard user's focus.
    li.querySelector('a')?.focus({ preventScroll: true });
  };

  return (
    <nav
      aria-label={t('nav.label')}
      className="site-nav"
      data-more-start={ends.start || undefined}
      data-more-end={ends.end || undefined}
    >
      <NavCue side="start" label={tn('back')} hidden={!ends.start} onClick={reveal(-1)} />
      {/* A link reached with Tab is shown whole: the browser's own scroll leaves a link that is
          partly in sight where it is, under the cue. */}
      <ul
        className="site-nav__list"
        ref={listRef}
        onScroll={measure}
        onFocus={(e) => {
          const li = (e.target as HTMLElement).closest('li');
          if (li) show(li);
        }}
      >
        {items.map((n) => (
          <li key={n.key}>
            <AppNavLink to={n.to} end={n.end}>
              {t(`nav.${n.key}`)}
            </AppNavLink>
          </li>
        ))}
      </ul>
      <NavCue side="end" label={tn('more')} hidden={!ends.end} onClick={reveal(1)} />
    </nav>
  );
}

/** The round ‹ or › at an end of the nav where links are out of sight; hidden when none are. */
function NavCue({
  side,
  label,
  hidden,
  onClick,
}: {
  side: 'start' | 'end';
  label: string;
  hidden: boolean;
  onClick: (e: MouseEvent<HTMLButtonElement>) => void;
}) {
  return (
    <button
      type="button"
      className={`site-nav__cue site-nav__cue--${side}`}
      aria-label={label}
      title={label}
      hidden={hidden}
      onClick={onClick}
    >
      <span aria-hidden="true">{side === 'start' ? '‹' : '›'}</span>
    </button>
  );
}
