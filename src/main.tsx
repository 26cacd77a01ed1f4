/**
 * The entry, tiny on purpose: the prerendered page has painted without it (its head script decided
 * what of it shows, src/app/first-paint/head.ts). It decides the same again (the dev server's page
 * has no head script), keeps what the reader clicks until the app is live, and starts the app.
 */
import './fonts.css';
import './styles.css';
import { firstPaint } from '@/app/first-paint/decide';
import { recordClicks } from '@/app/first-paint/replay';
import { localStore } from '@/lib/storage';
import { applyTheme } from '@/lib/theme';

/**
 * A link with state: what the page's CSS hides of it (the default view's years, controls and
 * figures) is replaced by empty boxes of the same size, so the page keeps its layout and nothing
 * of the wrong state is left for assistive technology, find-in-page or scripts to read. Inert
 * until the view renders over it.
 */
function showFrame(root: HTMLElement) {
  root.inert = true;
  const hidden = [...root.querySelectorAll<HTMLElement>('.site-header__tools, .view > *')].filter(
    (el) => getComputedStyle(el).visibility === 'hidden',
  );
  const heights = hidden.map((el) => el.offsetHeight);
  hidden.forEach((el, i) => {
    const hole = document.createElement('div');
    hole.className = el.className;
    hole.style.height = `${heights[i]}px`;
    el.replaceWith(hole);
  });
}

const html = document.documentElement;
const root = document.getElementById('root')!;
const decision = firstPaint(window.location, html.dataset.page ?? null, localStore(), navigator.languages);
if (html.dataset.firstPaint === 'redirect') {
  // The head script is loading the page in the reader's language: nothing to start here.
} else {
  let show = 'show' in decision ? decision.show : 'other';
  if ('redirect' in decision) {
    // Only without the head script (the dev server): the same view, in its new form, rendered here.
    window.history.replaceState(null, '', decision.redirect);
    show = 'other';
  }
  // The head script has done so in a built page; the dev server's page has none.
  applyTheme();
  if (show === 'state') showFrame(root);
  if (show === 'other') root.replaceChildren();
  const recorder = show === 'page' ? recordClicks(root) : null;
  // From here what the reader clicks is kept (docs/first-paint.md; the browser tests wait for it).
  html.dataset.entry = '';
  void import('@/app/first-paint/boot').then((m) => m.boot(root, show, recorder));
  if (import.meta.env.PROD) void import('@/app/sw/register').then((m) => m.registerServiceWorker());
}
