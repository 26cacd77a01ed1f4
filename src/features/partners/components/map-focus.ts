import type { FocusEvent, KeyboardEvent, PointerEvent } from 'react';
import type { Focus, Highlight } from '../utils/selection';

/** What the map's pairs and places report to the page: the selection, and what the reader points at. */
export interface FocusTarget {
  selected: Focus | null;
  onSelect: (focus: Focus) => void;
  onHover: (focus: Focus | null) => void;
}

// Pairs take pointer clicks and hover through the map (`usePairPicking`); places, drawn on top,
// their own. Only a mouse's hover and the keyboard's focus light a locality up: a tap also
// focuses it and fires mouse events, which would keep it lit after a second tap has cleared the
// selection.

/** Props that make a map element a button for the keyboard: Tab reaches it, Enter or Space selects it. */
export function focusable(focus: Focus, { selected, onSelect, onHover }: FocusTarget) {
  return {
    tabIndex: 0,
    role: 'button',
    'aria-pressed': selected?.kind === focus.kind && selected.id === focus.id,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(focus);
      }
    },
    onFocus: (e: FocusEvent) => {
      if (focusVisible(e.currentTarget)) onHover(focus);
    },
    onBlur: () => onHover(null),
  };
}

/** `focusable`, and a click selects it and a mouse over it lights it up. */
export function interactive(focus: Focus, target: FocusTarget) {
  return {
    ...focusable(focus, target),
    onClick: () => target.onSelect(focus),
    onPointerEnter: (e: PointerEvent) => {
      if (e.pointerType === 'mouse') target.onHover(focus);
    },
    onPointerLeave: (e: PointerEvent) => {
      if (e.pointerType === 'mouse') target.onHover(null);
    },
  };
}

/** The class suffix of an element while something is highlighted: lit if it belongs to it, dimmed if not. */
export const litClass = (highlight: Highlight | null, lit: boolean) =>
  highlight === null ? '' : lit ? ' is-lit' : ' is-dim';

/** Focus the reader should see (keyboard, not a click or tap); true where `:focus-visible` is unknown. */
function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}
