/**
 * Inlined by the build into each prerendered page's head (allowed by its hash in the page's CSP)
 * and run before the body is parsed: it sends an old `?lang=` link, or a bare path opened by a
 * Vietnamese or Russian reader, to the page in that language before anything paints, and tells the
 * page's CSS what of it may show (`<html data-first-paint>`). Bundled on its own (about 1 KB).
 */
import { localStore } from '@/lib/storage';
import { applyTheme } from '@/lib/theme';
import { firstPaint } from './decide';

const html = document.documentElement;
applyTheme();
const decision = firstPaint(window.location, html.dataset.page ?? null, localStore(), navigator.languages);
if ('redirect' in decision) {
  html.dataset.firstPaint = 'redirect';
  window.location.replace(decision.redirect);
} else {
  html.dataset.firstPaint = decision.show;
}
