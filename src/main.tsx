import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';
import { swapWhenSettled, usablePrerender } from '@/app/prerender-swap';
import { applyTheme } from '@/hooks/use-theme';
import { i18n } from '@/i18n/i18n';
import { browserLang, parseLang } from '@/lib/url/lang';

applyTheme();
// Start in the link's language so the first paint is already right.
const lang = parseLang(new URLSearchParams(window.location.search), browserLang(navigator.languages)).value;
void i18n.changeLanguage(lang);

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App Router={BrowserRouter} queryClient={createQueryClient()} />
  </StrictMode>
);

if (usablePrerender(root, window.location, lang)) {
  // The build's static HTML of this view stays on screen until the live app has its data.
  const live = document.createElement('div');
  root.after(live);
  createRoot(live).render(app);
  swapWhenSettled(root, live);
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}
