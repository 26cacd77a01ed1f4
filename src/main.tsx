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
import { i18n } from '@/i18n/i18n';
import { browserLang, parseLang } from '@/lib/url/lang';

// Start in the link's language so the first paint is already right.
void i18n.changeLanguage(
  parseLang(new URLSearchParams(window.location.search), browserLang(navigator.languages)).value,
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App Router={BrowserRouter} queryClient={createQueryClient()} />
  </StrictMode>,
);
