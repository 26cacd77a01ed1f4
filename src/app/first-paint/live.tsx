import { createContext, useContext, useEffect, useLayoutEffect } from 'react';

/** Calls the boot's `onCommit` in the app's first commit, before it paints. */
export function Started({ onCommit }: { onCommit?: () => void }) {
  useLayoutEffect(() => onCommit?.(), [onCommit]);
  return null;
}

/** What the boot does once the view is hydrated (src/app/first-paint/boot.tsx). */
export const LiveContext = createContext<(() => void) | undefined>(undefined);

/**
 * Calls the boot's `onLive` once the view around it is hydrated. It sits inside the view's
 * Suspense boundary, which React hydrates after the shell: an effect of the shell would run while
 * the view's elements are not yet React's.
 */
export function ViewLive() {
  const onLive = useContext(LiveContext);
  useEffect(() => onLive?.(), [onLive]);
  return null;
}
