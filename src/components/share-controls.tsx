import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useLang } from '@/hooks/use-lang';
import { canonicalUrl, embedSnippet, embedUrl, pageOrigin } from '@/lib/url/canonical-url';
import { hasChartEmbed, type EmbedMode } from '@/lib/url/embed';

// The Cite panel and its formatting load on first use; only its button ships with the shell.
const CitePanel = lazy(() => import('@/components/cite-panel').then((m) => ({ default: m.CitePanel })));

/** "Copy link", the native share sheet where there is one, the "Embed" and "Cite" dialogs. */
export function ShareControls() {
  const { t, i18n } = useTranslation();
  const { pathname, search } = useLocation();
  const { lang } = useLang();
  const [status, setStatus] = useState('');
  const [snippetStatus, setSnippetStatus] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const [citing, setCiting] = useState(false);
  const citeButton = useRef<HTMLButtonElement>(null);
  const origin = pageOrigin();
  const url = canonicalUrl(origin, pathname, search, lang);
  // Views with a figure embed it alone by default; the whole view stays one choice away.
  const chartEmbed = hasChartEmbed(pathname);
  const [embedChoice, setEmbedChoice] = useState<EmbedMode>('chart');
  const embedMode: EmbedMode = chartEmbed ? embedChoice : 'full';
  const snippet = embedSnippet(embedUrl(origin, pathname, search, lang, embedMode), t('appName'), embedMode);

  const copy = async (text: string, done: string, report: (s: string) => void) => {
    try {
      await navigator.clipboard.writeText(text);
      report(done);
    } catch {
      report(t('share.copyFailed'));
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={() => void copy(url, t('share.copied'), setStatus)}>
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
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('share.embed')}
      </button>
      <button
        ref={citeButton}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={citing}
        onClick={() => setCiting(true)}
      >
        {t('share.cite')}
      </button>
      <span className="share__status" role="status" aria-live="polite">
        {status}
      </span>
      <dialog
        ref={dialog}
        className="share__dialog"
        aria-labelledby="embed-title"
        onClose={() => setSnippetStatus('')}
      >
        <h2 id="embed-title">{t('share.embedTitle')}</h2>
        {chartEmbed && (
          <fieldset className="share__embed-kind">
            <legend>{t('share.embedKind')}</legend>
            {(['chart', 'full'] as const).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="embed-kind"
                  value={m}
                  checked={embedChoice === m}
                  onChange={() => setEmbedChoice(m)}
                />{' '}
                {t(`share.embedKind_${m}`)}
              </label>
            ))}
          </fieldset>
        )}
        <p>{t(embedMode === 'chart' ? 'share.embedHelpChart' : 'share.embedHelp')}</p>
        <label className="share__snippet">
          <span>{t('share.snippet')}</span>
          <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <p className="share__dialog-actions">
          <button
            type="button"
            onClick={() => void copy(snippet, t('share.snippetCopied'), setSnippetStatus)}
          >
            {t('share.copySnippet')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('share.close')}
          </button>
        </p>
        <p className="share__status" role="status">
          {snippetStatus}
        </p>
      </dialog>
      {citing && (
        <Suspense fallback={null}>
          <CitePanel
            url={url}
            pathname={pathname}
            lang={lang}
            i18n={i18n}
            onClose={() => {
              setCiting(false);
              citeButton.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
