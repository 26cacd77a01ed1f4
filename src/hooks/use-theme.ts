import { useCallback, useSyncExternalStore } from 'react';
import { localStore } from '@/lib/storage';
import { applyTheme, readTheme, THEME_KEY, type ThemeChoice } from '@/lib/theme';

const listeners = new Set<() => void>();

const DARK = '(prefers-color-scheme: dark)';
const systemDark = () => typeof matchMedia === 'function' && matchMedia(DARK).matches;
const onSystemChange = (cb: () => void) => {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK);
  query.addEventListener('change', cb);
  return () => query.removeEventListener('change', cb);
};

export function useTheme() {
  const choice = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    readTheme,
    () => 'system' as ThemeChoice,
  );
  // Both as external stores with a server snapshot: the page is hydrated as it was prerendered
  // (system, light), then shows the reader's own state.
  const system = useSyncExternalStore(onSystemChange, systemDark, () => false);
  const dark = choice === 'dark' || (choice === 'system' && system);
  const setChoice = useCallback((next: ThemeChoice) => {
    try {
      if (next === 'system') localStore()?.removeItem(THEME_KEY);
      else localStore()?.setItem(THEME_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    applyTheme(next);
    listeners.forEach((l) => l());
  }, []);
  return { choice, dark, setChoice };
}
