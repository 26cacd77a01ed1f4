import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { belowFoldStarted, onBelowFold } from '@/lib/below-fold';

/**
 * Whether a section below the fold may load its code and draw (and stays true once it may):
 * when it comes near the viewport, or once the page has gone idle after loading, or when the
 * reader prints (`src/lib/below-fold.ts`). True at once where there is no IntersectionObserver
 * (jsdom).
 */
export function useInView(ref: RefObject<Element | null>, rootMargin = '300px'): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined' || belowFoldStarted());
  useEffect(() => {
    const el = ref.current;
    if (seen || !el) return;
    if (belowFoldStarted()) {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin },
    );
    observer.observe(el);
    // A print starts right after `beforeprint`, so what is ready draws synchronously there.
    const stop = onBelowFold(() => flushSync(() => setSeen(true)));
    return () => {
      observer.disconnect();
      stop();
    };
  }, [ref, rootMargin, seen]);
  return seen;
}
