/**
 * Each route is prerendered at build (scripts/build.ts) in English with default filters. That
 * HTML paints before any JS runs. The live app renders beside it, hidden, and replaces it once
 * its view has loaded, so the reader never sees a skeleton where the content already was.
 */
import type { Lang } from '@/lib/url/lang';

/** The prerendered HTML shows this page only for its own path, no params, in English. */
export function usablePrerender(
  root: HTMLElement,
  location: Pick<Location, 'pathname' | 'search'>,
  lang: Lang,
) {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  return root.dataset.prerendered === path && location.search === '' && lang === 'en';
}

const MAX_WAIT_MS = 4000;

/** Hides `live` until it shows its heading and no loading skeleton, then puts it in place of `root`. */
export function swapWhenSettled(root: HTMLElement, live: HTMLElement): void {
  // Inert and hidden from assistive technology: a picture of the page, not yet the page.
  root.inert = true;
  root.setAttribute('aria-hidden', 'true');
  live.className = 'app-pending';
  const started = performance.now();
  const check = () => {
    const ready = live.querySelector('main h1') !== null && live.querySelector('.skeleton') === null;
    if (ready || performance.now() - started > MAX_WAIT_MS) {
      root.remove();
      live.className = '';
      live.id = 'root';
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
