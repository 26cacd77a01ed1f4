import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { addNamespace } from '@/i18n/add-namespace';
import { locales } from './locales';
import './update-notice.css';

const NS = 'swUpdate';

interface Props {
  /** Switches to the new version (activates the waiting worker, then reloads). */
  onLoad: () => void;
  /** The app's i18next instance and language (the notice re-renders when it changes). */
  i18n: I18n;
  lang: string;
}

/** The update notice's text and button; one click switches to the new version. */
export function UpdateBanner({ onLoad, i18n, lang }: Props) {
  addNamespace(i18n, NS, locales);
  const t = i18n.getFixedT(lang, NS);
  const [loading, setLoading] = useState(false);
  return (
    <p className="notice sw-update__notice">
      <span>{t('message')}</span>{' '}
      <button
        type="button"
        disabled={loading}
        onClick={() => {
          setLoading(true);
          onLoad();
        }}
      >
        {t('load')}
      </button>
    </p>
  );
}
