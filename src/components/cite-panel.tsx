import type { i18n as I18n } from 'i18next';
import { useMemo, useState } from 'react';
import meta from 'virtual:dataset-meta';
import { useCopyStatus } from '@/hooks/use-copy-status';
import { useModalDialog } from '@/hooks/use-modal-dialog';
import { panelT } from '@/i18n/add-namespace';
import { citations, type CitationFormat } from '@/lib/citation';
import type { Lang } from '@/lib/url/lang';
import { locales } from './cite-panel-locales';
import { viewNamespace, viewTitle } from './view-title';

const SHORT: Record<CitationFormat, string> = {
  apa: 'APA',
  chicago: 'Chicago',
  bibtex: 'BibTeX',
  ris: 'RIS',
  gost: 'ГОСТ',
  vn: 'kiểu Việt Nam',
};

interface Props {
  /** The canonical link of this view (what Copy link gives). */
  url: string;
  pathname: string;
  lang: Lang;
  /** The app's i18next instance (from the caller's useTranslation). */
  i18n: I18n;
  /** Called on Close or Escape; the caller unmounts the panel and focuses its button. */
  onClose: () => void;
}

/** The "Cite this view" dialog: the view's citation in four formats, each copied in one click. */
export function CitePanel({ url, pathname, lang, i18n, onClose }: Props) {
  // The caller's i18next instance rather than react-i18next's hook or the i18n module: importing
  // either here makes the bundler split the shell's chunks differently (+0.2-0.4 KB gzip). The
  // panel is modal, so the language cannot change while it is open.
  const t = useMemo(() => panelT(i18n, lang, 'cite', locales), [i18n, lang]);
  const { ref, close, dialogProps } = useModalDialog(onClose);
  const { status, copy: copyText } = useCopyStatus();
  const ns = viewNamespace(pathname);
  const title = viewTitle(t, pathname);
  // "Today" is the day the panel opened.
  const [accessed] = useState(() => new Date());
  const texts = useMemo(
    () =>
      citations({
        // The work as it is published in the reader's language: "Quan hệ Việt Nam – Belarus".
        site: t('site'),
        // The deploy names its publisher (docs/deploy.md); without one the site publishes itself.
        publisher: import.meta.env.VITE_PUBLISHER || t('site'),
        title,
        url,
        accessed,
        version: meta.newestSource,
        viewId: ns ?? 'page',
        lang,
      }),
    [t, title, url, accessed, ns, lang],
  );
  // The format last copied: its confirmation shows beside its button, where the eye is.
  const [copied, setCopied] = useState<CitationFormat | null>(null);

  const copy = (format: CitationFormat, text: string) => {
    setCopied(format);
    return copyText(text, t('copied', { format: SHORT[format] }), t('share.copyFailed', { ns: 'common' }));
  };

  return (
    <dialog
      ref={ref}
      className="share__dialog cite"
      aria-labelledby="cite-title"
      aria-describedby="cite-help"
      {...dialogProps}
    >
      <h2 id="cite-title">{t('title')}</h2>
      <p id="cite-help">{t('help')}</p>
      {texts.map(({ format, text }) => (
        <div key={format} className="cite__format">
          <label className="share__snippet">
            <span>{t(`formats.${format}`)}</span>
            <textarea
              readOnly
              rows={format === 'bibtex' || format === 'ris' ? 6 : 3}
              value={text}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <button type="button" onClick={() => void copy(format, text)}>
            {t('copy', { format: SHORT[format] })}
          </button>
          {copied === format && (
            <span className="cite__copied" role="status">
              {status}
            </span>
          )}
        </div>
      ))}
      <p className="share__dialog-actions">
        <button type="button" onClick={close}>
          {t('close')}
        </button>
      </p>
    </dialog>
  );
}
