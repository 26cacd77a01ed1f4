/**
 * The arithmetic of a row of links that scrolls sideways (the site nav on a phone), free of the
 * DOM so it can be tested: which ends hide links, and where to scroll to show one.
 */

/** A scroller's horizontal extent, in px. */
export interface ScrollBox {
  scrollLeft: number;
  /** The visible width. */
  clientWidth: number;
  /** The width of everything in it. */
  scrollWidth: number;
}

/** Rounding slack (px): zoomed pages report fractional scroll positions. */
const SLACK = 2;

/**
 * Which ends of the row hide links.
 *   overflowEnds({ scrollLeft: 0, clientWidth: 336, scrollWidth: 520 }) → { start: false, end: true }
 */
export function overflowEnds(box: ScrollBox): { start: boolean; end: boolean } {
  return {
    start: box.scrollLeft > SLACK,
    end: box.scrollLeft + box.clientWidth < box.scrollWidth - SLACK,
  };
}

/**
 * The scroll position that shows an item whole, `pad` px clear of either edge (where a scroll
 * cue sits over the row), moving as little as possible; the current position if it is shown.
 * `start` and `end` are the item's edges in the row's content (offsetLeft, offsetLeft + width).
 *   scrollToShow({ scrollLeft: 0, clientWidth: 300, scrollWidth: 600 }, 280, 360, 40) → 100
 */
export function scrollToShow(box: ScrollBox, start: number, end: number, pad: number): number {
  const max = Math.max(0, box.scrollWidth - box.clientWidth);
  let left = box.scrollLeft;
  if (end + pad > left + box.clientWidth) left = end + pad - box.clientWidth;
  if (start - pad < left) left = start - pad;
  return Math.min(max, Math.max(0, left));
}

/**
 * The first item, in the direction of travel, that is not shown whole: the one a "more" cue
 * brings into view. Items are `[start, end]` pairs in row order; -1 when all are shown.
 */
export function nextHidden(
  box: ScrollBox,
  items: readonly (readonly [number, number])[],
  dir: 1 | -1,
  pad: number,
): number {
  // An end that hides nothing carries no cue, so nothing there is covered.
  const ends = overflowEnds(box);
  const from = box.scrollLeft + (ends.start ? pad : 0);
  const to = box.scrollLeft + box.clientWidth - (ends.end ? pad : 0);
  if (dir === 1) return items.findIndex(([, end]) => end > to + SLACK);
  for (let i = items.length - 1; i >= 0; i--) if (items[i]![0] < from - SLACK) return i;
  return -1;
}
