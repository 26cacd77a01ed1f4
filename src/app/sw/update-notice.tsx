import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingUpdate, subscribeUpdate } from './sw-state';

// The notice's words and button load only when there is an update to offer.
const UpdateBanner = lazy(() => import('./update-banner').then((m) => ({ default: m.UpdateBanner })));

/**
 * "A newer version of the data is available. [Load it]", shown once a new deploy's service worker
 * waits. The status region is always there (empty), so screen readers announce the notice.
 */
export function UpdateNotice() {
  // The instance is handed down: the lazy banner importing react-i18next itself would make the
  // bundler split the shell's chunks differently (+0.5 KB gzip), as for the Cite panel.
  const { i18n } = useTranslation();
  const load = useSyncExternalStore(subscribeUpdate, pendingUpdate, () => null);
  return (
    <div role="status" className="sw-update">
      {load && (
        <Suspense fallback={null}>
          <UpdateBanner onLoad={load} i18n={i18n} lang={i18n.language} />
        </Suspense>
      )}
    </div>
  );
}
