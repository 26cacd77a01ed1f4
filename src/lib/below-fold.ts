import { useSyncExternalStore } from 'react';

/**
 * When the sections below the first view start loading: in the browser's first idle moment after
 * the page's `load` event (at most 3 s later), or at once when the reader prints. Until then only
 * what the first view shows is fetched; after it, every section is ready, so pressing End,
 * printing or a full-page capture never finds a blank. `performance.mark('below-fold')` records
 * the moment, and the bench counts a route's first-paint JS up to it.
 */
type Listener = () => void;

let started = false;
const listeners = new Set<Listener>();

function start() {
  if (started) return;
  started = true;
  performance.mark?.('below-fold');
  for (const l of listeners) l();
  listeners.clear();
}

/** Whether below-the-fold loading has begun. */
export function belowFoldStarted(): boolean {
  return started;
}

/** Calls `listener` once when below-the-fold loading begins; returns an unsubscribe. */
export function onBelowFold(listener: Listener): () => void {
  if (started) {
    listener();
    return () => {};
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  const idle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(start, { timeout: 3000 })
      : window.setTimeout(start, 1);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
  window.addEventListener('beforeprint', start);
}

/** Whether below-the-fold loading has begun, as React state (re-renders once when it does). */
export function useBelowFold(): boolean {
  return useSyncExternalStore(onBelowFold, belowFoldStarted, () => false);
}
