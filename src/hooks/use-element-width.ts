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
 * at most PRINT_WIDTH.
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
      if (w > 0) setWidth(printing ? Math.min(Math.floor(w), PRINT_WIDTH) : Math.floor(w));
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
