import type { i18n as I18n } from 'i18next';
import { useMemo, useState } from 'react';
import { useCopyStatus } from '@/hooks/use-copy-status';
import { useModalDialog } from '@/hooks/use-modal-dialog';
import { panelT } from '@/i18n/add-namespace';
import { embedSnippet, embedUrl } from '@/lib/url/canonical-url';
import { hasChartEmbed, type EmbedMode } from '@/lib/url/embed';
import type { Lang } from '@/lib/url/lang';
import { locales } from './embed-panel-locales';
import { viewTitle } from './view-title';

export interface EmbedPanelProps {
  origin: string;
  pathname: string;
  search: string;
  lang: Lang;
  /** The app's i18next instance (from the caller's useTranslation), as the Cite panel takes it. */
  i18n: I18n;
  onClose: () => void;
}

/**
 * The "Embed" dialog: the iframe snippet of this view, the figure alone where the view has one
 * (Trade, Partner cities) or the whole view. Loaded on first use, like the Cite panel.
 */
export function EmbedPanel({ origin, pathname, search, lang, i18n, onClose }: EmbedPanelProps) {
  // Not react-i18next's hook: importing it here changes how the bundler splits the shell (see
  // cite-panel.tsx). The panel is modal, so the language cannot change while it is open.
  const t = useMemo(() => panelT(i18n, lang, 'embed', locales), [i18n, lang]);
  const { ref, close, dialogProps } = useModalDialog(onClose);
  const { status, copy: copyText } = useCopyStatus();
  // Views with a figure embed it alone by default; the whole view stays one choice away.
  const chartEmbed = hasChartEmbed(pathname);
  const [choice, setChoice] = useState<EmbedMode>('chart');
  const mode: EmbedMode = chartEmbed ? choice : 'full';
  // The frame is named by what it shows, in the reader's language: "Trade … – Quan hệ Việt Nam – Belarus".
  const snippet = embedSnippet(
    embedUrl(origin, pathname, search, lang, mode),
    `${viewTitle(t, pathname)} – ${t('appName', { ns: 'common' })}`,
    mode,
  );

  const copy = () => copyText(snippet, t('snippetCopied'), t('copyFailed'));
  return (
    <dialog ref={ref} className="share__dialog" aria-labelledby="embed-title" {...dialogProps}>
      <h2 id="embed-title">{t('embedTitle')}</h2>
      {chartEmbed && (
        <fieldset className="share__embed-kind">
          <legend>{t('embedKind')}</legend>
          {(['chart', 'full'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="embed-kind"
                value={m}
                checked={choice === m}
                onChange={() => setChoice(m)}
              />{' '}
              {t(`embedKind_${m}`)}
            </label>
          ))}
        </fieldset>
      )}
      <p>{t(mode === 'chart' ? 'embedHelpChart' : 'embedHelp')}</p>
      <label className="share__snippet">
        <span>{t('snippet')}</span>
        <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p className="share__dialog-actions">
        <button type="button" onClick={() => void copy()}>
          {t('copySnippet')}
        </button>
        <button type="button" onClick={close}>
          {t('close')}
        </button>
      </p>
      <p className="share__status" role="status">
        {status}
      </p>
    </dialog>
  );
}
