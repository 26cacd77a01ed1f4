import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useCopyStatus } from '@/hooks/use-copy-status';
import { useLinkIssues } from '@/hooks/use-link-issues';
import { useShared } from '@/hooks/use-shared';
import { canonicalUrl, pageOrigin } from '@/lib/url/canonical-url';
import { withoutIssues } from '@/lib/url/without-issues';

// The Embed and Cite panels load on first use; only their buttons ship with the shell.
const CitePanel = lazy(() => import('@/components/cite-panel').then((m) => ({ default: m.CitePanel })));
const EmbedPanel = lazy(() => import('@/components/embed-panel').then((m) => ({ default: m.EmbedPanel })));

/** "Copy link", the native share sheet where there is one, the "Embed" and "Cite" dialogs. */
export function ShareControls() {
  const { t, i18n } = useTranslation();
  // The link as the view reads it: what a notice named as ignored is not passed on.
  const search = withoutIssues(useLocation().search, useLinkIssues());
  // The view's path without its language: the panels name the view by it.
  const { lang, path: pathname } = useShared();
  const { status, copy } = useCopyStatus();
  const [panel, setPanel] = useState<'embed' | 'cite' | null>(null);
  const embedButton = useRef<HTMLButtonElement>(null);
  const citeButton = useRef<HTMLButtonElement>(null);
  const origin = pageOrigin();
  const url = canonicalUrl(origin, pathname, search, lang);

  const copyLink = () => copy(url, t('share.copied'), t('share.copyFailed'));
  const closePanel = (button: HTMLButtonElement | null) => () => {
    setPanel(null);
    button?.focus();
  };

  return (
    <div className="share">
      <button type="button" onClick={() => void copyLink()}>
        {t('share.copyLink')}
      </button>
      {typeof navigator !== 'undefined' && typeof navigator.share === 'function' && (
        <button
          type="button"
          onClick={() => void navigator.share({ url, title: document.title }).catch(() => {})}
        >
          {t('share.share')}
        </button>
      )}
      <button
        ref={embedButton}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={panel === 'embed'}
        onClick={() => setPanel('embed')}
      >
        {t('share.embed')}
      </button>
      <button
        ref={citeButton}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={panel === 'cite'}
        onClick={() => setPanel('cite')}
      >
        {t('share.cite')}
      </button>
      <span className="share__status" role="status" aria-live="polite">
        {status}
      </span>
      {panel === 'embed' && (
        <Suspense fallback={null}>
          <EmbedPanel
            origin={origin}
            pathname={pathname}
            search={search}
            lang={lang}
            i18n={i18n}
            onClose={closePanel(embedButton.current)}
          />
        </Suspense>
      )}
      {panel === 'cite' && (
        <Suspense fallback={null}>
          <CitePanel
            url={url}
            pathname={pathname}
            lang={lang}
            i18n={i18n}
            onClose={closePanel(citeButton.current)}
          />
        </Suspense>
      )}
    </div>
  );
}
