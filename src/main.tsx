/**
 * The entry: tiny on purpose. A prerendered page (scripts/build.ts) paints first; the app's JS
 * starts right after that paint. A prerendered page that does not match this URL (other
 * params, another path, another language) is cleared before it can paint.
 */
import './fonts.css';
import './styles.css';
import { recordClicks, usablePrerender } from '@/app/prerender-swap';
import { parseLang, preferredLang } from '@/lib/url/lang';

const root = document.getElementById('root')!;
const lang = parseLang(
  new URLSearchParams(window.location.search),
  preferredLang(window.localStorage, navigator.languages),
).value;
// Before the first paint of a live page: its language for assistive technology and hyphenation.
document.documentElement.lang = lang;
const prerendered = usablePrerender(root, window.location, lang);
if (!prerendered) {
  root.replaceChildren();
  delete root.dataset.prerendered;
}

// Clicks in the prerendered page are done again by the live app (src/app/handover.ts).
const clicks = prerendered ? recordClicks(root) : [];
const start = () => void import('@/app/boot').then((m) => m.boot(root, lang, prerendered, clicks));
if (prerendered) requestAnimationFrame(() => setTimeout(start, 0));
else start();
if (import.meta.env.PROD) void import('@/app/sw/register').then((m) => m.registerServiceWorker());
