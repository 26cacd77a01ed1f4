import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { belowFoldStarted, onBelowFold } from '@/lib/below-fold';

// A print starts right after `beforeprint`, so what is ready draws synchronously there. Already
// started, there is nothing to wait for (React reads the snapshot again once subscribed; a flush
// from inside its effects would be refused).
const subscribe = (changed: () => void) =>
  belowFoldStarted() ? () => {} : onBelowFold(() => flushSync(changed));
const started = () => typeof IntersectionObserver === 'undefined' || belowFoldStarted();

/**
 * Whether a section below the fold may load its code and draw (and stays true once it may):
 * when it comes near the viewport, or once the page has gone idle after loading, or when the
 * reader prints (`src/lib/below-fold.ts`). True at once where there is no IntersectionObserver
 * (jsdom). False while prerendering and hydrating (the server's snapshot), so the page the app
 * hydrates is the one it would render first.
 */
export function useInView(ref: RefObject<Element | null>, rootMargin = '300px'): boolean {
  const below = useSyncExternalStore(subscribe, started, () => false);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (below || near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, rootMargin, below, near]);
  return below || near;
}
