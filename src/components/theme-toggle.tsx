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
      {t('theme.dark')}
    </button>
  );
}
