/**
 * The entry: tiny on purpose. A prerendered page (scripts/build.ts) paints first, as a frame
 * (heading, introduction and layout; the default figures blank, src/styles.css), without waiting
 * for this script. Here the page learns what it may show: all of it for its own default view,
 * the frame for a shared link of the same path, nothing for another language or an embed (for
 * those, the English frame may have been on screen for the round trip this script took). The
 * app's JS starts right after.
 */
import './fonts.css';
import './styles.css';
import { prerenderUse, recordClicks } from '@/app/prerender-swap';
import { parseLang, preferredLang } from '@/lib/url/lang';

const root = document.getElementById('root')!;
const lang = parseLang(
  new URLSearchParams(window.location.search),
  preferredLang(window.localStorage, navigator.languages),
).value;
// Before the first paint of a live page: its language for assistive technology and hyphenation.
document.documentElement.lang = lang;
const use = prerenderUse(root, window.location, lang);
if (use === 'page') {
  root.dataset.page = '';
} else if (use === 'none') {
  root.replaceChildren();
  delete root.dataset.prerendered;
} else if (use === 'frame') {
  // A picture of the page's layout while the view loads: nothing in it is the link's state.
  root.dataset.frame = '';
  root.inert = true;
  // Its ids would shadow the live view's (an open event's toggle, found by id to focus it).
  for (const el of root.querySelectorAll('[id]')) el.removeAttribute('id');
}
const prerendered = use !== 'none';

// Clicks in the prerendered page are done again by the live app (src/app/handover.ts).
const clicks = use === 'page' ? recordClicks(root) : [];
const start = () =>
  void import('@/app/boot').then((m) => m.boot(root, lang, prerendered, clicks, use === 'page'));
if (prerendered) requestAnimationFrame(() => setTimeout(start, 0));
else start();
if (import.meta.env.PROD) void import('@/app/sw/register').then((m) => m.registerServiceWorker());
