import { lazy, Suspense, useEffect, useRef, useState } from 'react';
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

/** The dialogs, in the order of their buttons. */
const PANELS = ['embed', 'cite'] as const;
type Panel = (typeof PANELS)[number];

/**
 * "Copy link", the native share sheet where there is one, the "Embed" and "Cite" dialogs. On a
 * phone they fold behind one "Share" button (CSS shows the toggle under 640 px), so the header
 * keeps to a fifth of the first screen.
 */
export function ShareControls() {
  const { t, i18n } = useTranslation();
  // The link as the view reads it: what a notice named as ignored is not passed on.
  const search = withoutIssues(useLocation().search, useLinkIssues());
  // The view's path without its language: the panels name the view by it.
  const { lang, path: pathname } = useShared();
  const { status, copy } = useCopyStatus();
  const [panel, setPanel] = useState<Panel | null>(null);
  // Whether the phone's folded menu is open: momentary UI, not view state.
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelButtons = {
    embed: useRef<HTMLButtonElement>(null),
    cite: useRef<HTMLButtonElement>(null),
  };
  // The menu closes on Escape (focus back on its button) and on a press anywhere else.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onDown = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [open]);
  const origin = pageOrigin();
  const url = canonicalUrl(origin, pathname, search, lang);

  const copyLink = () => {
    setOpen(false);
    return copy(url, t('share.copied'), t('share.copyFailed'));
  };
  const openPanel = (which: Panel) => {
    setOpen(false);
    setPanel(which);
  };
  // Focus goes back to the button that opened the dialog, or to "Share" once the menu has folded.
  const closePanel = (button: HTMLButtonElement | null) => () => {
    setPanel(null);
    (button?.checkVisibility?.() === false ? toggle.current : button)?.focus();
  };
  const panelProps = panel && { pathname, lang, i18n, onClose: closePanel(panelButtons[panel].current) };

  return (
    <div ref={box} className={open ? 'share share--open' : 'share'}>
      <button
        ref={toggle}
        type="button"
        className="share__toggle"
        aria-expanded={open}
        aria-controls="share-actions"
        onClick={() => setOpen((o) => !o)}
      >
        {t('share.menu')}
      </button>
      <div id="share-actions" className="share__actions">
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
        {PANELS.map((p) => (
          <button
            key={p}
            ref={panelButtons[p]}
            type="button"
            aria-haspopup="dialog"
            aria-expanded={panel === p}
            onClick={() => openPanel(p)}
          >
            {t(`share.${p}`)}
          </button>
        ))}
      </div>
      <span className="share__status" role="status" aria-live="polite">
        {status}
      </span>
      {panelProps && (
        <Suspense fallback={null}>
          {panel === 'embed' ? (
            <EmbedPanel origin={origin} search={search} {...panelProps} />
          ) : (
            <CitePanel url={url} {...panelProps} />
          )}
        </Suspense>
      )}
    </div>
  );
}
