import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The width of an A4 portrait page's text in CSS px (210 mm less 2 × 12 mm margins, at 96 px to
 * the inch): charts are redrawn at most this wide for print, so their text prints at its size
 * instead of a screen-wide drawing shrunk to the page.
 */
export const PRINT_WIDTH = 700;

/**
 * Width of an element in CSS px, kept current with ResizeObserver: charts are drawn at an
 * explicit size. `fallback` until measured (and in jsdom, which has no layout). While printing,
 * PRINT_WIDTH (a narrower column shrinks it: every chart has a viewBox).
 */
export function useElementWidth<T extends HTMLElement>(fallback = 0) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let printing = false;
    const measure = () => {
      const w = el.getBoundingClientRect().width;
      // While printing, the page's width whatever the screen's: at `beforeprint` a phone still
      // measures its own 328 px, which would print a phone's chart in a third of the page.
      if (printing) setWidth(PRINT_WIDTH);
      else if (w > 0) setWidth(Math.floor(w));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    // The page is laid out for paper right after `beforeprint`, so the redraw must happen inside it.
    const before = () => {
      printing = true;
      flushSync(measure);
    };
    const after = () => {
      printing = false;
      measure();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return { ref, width };
}
