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
  if (show === 'state') root.inert = true;
  if (show === 'other') root.replaceChildren();
  const recorder = show === 'page' ? recordClicks(root) : null;
  void import('@/app/first-paint/boot').then((m) => m.boot(root, show, recorder));
  if (import.meta.env.PROD) void import('@/app/sw/register').then((m) => m.registerServiceWorker());
}
