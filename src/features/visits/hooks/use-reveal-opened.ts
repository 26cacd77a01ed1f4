import { useEffect, useRef } from 'react';
import { toggleId } from '../components/event-card';
import { scrollIntoViewSettled } from '../utils/scroll-into-view';

/**
 * Focuses the opened event's card and scrolls to it, only when the reader opens an event (or asks
 * for it again with "Show it", which bumps `revealKey`), never whenever the filters redraw the list.
 * `redrawn` is anything that changes when the cards are drawn again (the groups).
 */
export function useRevealOpened(
  selected: string | null,
  shown: boolean,
  revealKey: number,
  redrawn: unknown,
) {
  // Which selection (and which "Show it" request) has been focused already.
  const handled = useRef<{ id: string | null; revealKey: number }>({ id: null, revealKey });
  useEffect(() => {
    // A hidden year keeps its cards in the page: an event there counts as not shown.
    const toggle = shown && selected ? document.getElementById(toggleId(selected)) : null;
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
  }, [selected, shown, revealKey, redrawn]);
}
