/**
 * The reader's theme choice: follow the system, or a fixed light/dark. A personal setting, not view
 * state, so it is kept in localStorage rather than the link. Applied by each page's head script
 * before the first paint (src/app/first-paint/head.ts), so a dark choice never paints light first.
 */
import { localStore } from './storage';

export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_KEY = 'theme';

/** The stored choice; 'system' where none is stored or storage is denied. */
export function readTheme(): ThemeChoice {
  try {
    const v = localStore()?.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

/** Applies a choice to <html data-theme>, which the CSS variables follow. */
export function applyTheme(choice: ThemeChoice = readTheme()): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}
