import { useTranslation } from 'react-i18next';
import { useTheme } from '@/hooks/use-theme';

/** Dark mode on/off; until pressed, the system setting decides. */
export function ThemeToggle() {
  const { t } = useTranslation();
  const { dark, setChoice } = useTheme();
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={dark}
      onClick={() => setChoice(dark ? 'light' : 'dark')}
    >
      {/* On a phone the symbol alone shows; the words stay its name. */}
      <span className="theme-toggle__icon" aria-hidden="true">
        ◐
      </span>
      <span className="theme-toggle__text">{t('theme.dark')}</span>
    </button>
  );
}
