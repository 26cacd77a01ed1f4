/**
 * The entry: tiny on purpose. A prerendered page (scripts/build.ts) paints first; the app's JS
 * starts right after that paint. A prerendered page that does not match this URL (other
 * params, another path, another language) is cleared before it can paint.
 */
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import './styles.css';
import { usablePrerender } from '@/app/prerender-swap';
import { browserLang, parseLang } from '@/lib/url/lang';

const root = document.getElementById('root')!;
const lang = parseLang(new URLSearchParams(window.location.search), browserLang(navigator.languages)).value;
const prerendered = usablePrerender(root, window.location, lang);
if (!prerendered) {
  root.replaceChildren();
  delete root.dataset.prerendered;
}

const start = () => void import('@/app/boot').then((m) => m.boot(root, lang, prerendered));
if (prerendered) requestAnimationFrame(() => setTimeout(start, 0));
else start();
