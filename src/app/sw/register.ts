/**
 * Registers the service worker (scripts/build/service-worker.ts) in production builds, once the page
 * has loaded and the browser is idle, so that neither it nor workbox-window competes with the
 * first paint (workbox-window is imported here, never by the shell). A newer worker (a new
 * deploy, e.g. a newer dataset) waits until the reader clicks the notice: a reload they did not
 * ask for could throw away what they were typing.
 */
import type { Workbox } from 'workbox-window';
import { offerUpdate } from './sw-state';

/** The parts of workbox-window's Workbox used here (a fake in tests). */
export type WorkboxLike = Pick<Workbox, 'addEventListener' | 'messageSkipWaiting'>;

/**
 * When a new worker waits, offers it; on the reader's click asks it to take over and reloads
 * once it controls the page. If another tab already switched, the click just reloads.
 */
export function wireUpdates(wb: WorkboxLike, reload: () => void): void {
  let requested = false;
  let switched = false;
  let reloaded = false;
  const reloadOnce = () => {
    if (reloaded) return;
    reloaded = true;
    reload();
  };
  wb.addEventListener('controlling', (event) => {
    if (requested) reloadOnce();
    // Taken over without a click here (the reader loaded it in another tab): wait for one.
    else if (event.isUpdate) switched = true;
  });
  wb.addEventListener('waiting', () =>
    offerUpdate(() => {
      requested = true;
      if (switched) reloadOnce();
      else wb.messageSkipWaiting();
    }),
  );
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1));
    idle(() => {
      void import('workbox-window').then(({ Workbox }) => {
        // A sandboxed or storage-denied frame may refuse the worker outright: the page works without.
        try {
          navigator.serviceWorker.getRegistration().catch(() => undefined);
        } catch {
          return;
        }
        const wb = new Workbox('/sw.js');
        wireUpdates(wb, () => window.location.reload());
        // Without a worker (a host that does not serve sw.js) the site simply stays online-only.
        wb.register().catch(() => undefined);
        // A tab left open for days still learns of a new deploy when the reader comes back to it.
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') wb.update().catch(() => undefined);
        });
      });
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
