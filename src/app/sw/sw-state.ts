/**
 * Whether a newer version of the site is waiting, and how to switch to it. Shared by the
 * registration (src/app/sw/register.ts, loaded after the page) and the notice in the layout, so
 * the layout never imports the service worker library. A tiny store for useSyncExternalStore.
 */
type Listener = () => void;

let apply: (() => void) | null = null;
const listeners = new Set<Listener>();

/** Offers a waiting update; `load` switches to it (activates the new worker, then reloads). */
export function offerUpdate(load: () => void): void {
  apply = load;
  listeners.forEach((l) => l());
}

/** The waiting update's switch, or null while there is none. */
export function pendingUpdate(): (() => void) | null {
  return apply;
}

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets any offer (tests). */
export function resetUpdate(): void {
  apply = null;
  listeners.forEach((l) => l());
}
