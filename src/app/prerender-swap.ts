/**
 * Each route is prerendered at build (scripts/build.ts) in English with default filters. That
 * HTML paints before any JS runs. The live app renders beside it, hidden, and replaces it once
 * its view has loaded, so the reader never sees a skeleton where the content already was.
 */
import type { Lang } from '@/lib/url/lang';

/**
 * How the prerendered HTML serves this URL:
 * - `page`: it is this very view (its path, default state, English), shown as it is;
 * - `frame`: its path in English with other params (a shared link): the page's header, layout,
 *   heading and introduction are right, its figures are not, so it shows as a frame with the
 *   state-dependent parts blank (styles.css: all but `[data-page]`) until the live view replaces it;
 * - `none`: another language or an embed; it is cleared before it can paint.
 * `lang=en`, which every in-app link carries, leaves the page as it is.
 */
export type PrerenderUse = 'page' | 'frame' | 'none';

export function prerenderUse(
  root: HTMLElement,
  location: Pick<Location, 'pathname' | 'search'>,
  lang: Lang,
): PrerenderUse {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  if (root.dataset.prerendered !== path || lang !== 'en') return 'none';
  const params = new URLSearchParams(location.search);
  params.delete('lang');
  if (params.size === 0) return 'page';
  return params.has('embed') ? 'none' : 'frame';
}

/**
 * Buttons the reader clicks in the prerendered page, in order, for the live app to click again at
 * the swap (src/app/handover.ts). Form fields need no record: the DOM keeps what was typed.
 */
export function recordClicks(root: HTMLElement): Element[] {
  const clicks: Element[] = [];
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest('button');
    if (!button) return;
    clicks.push(button);
    // A toggle shows its new state at once, as the live app will.
    const pressed = button.getAttribute('aria-pressed');
    if (pressed) button.setAttribute('aria-pressed', String(pressed !== 'true'));
  });
  return clicks;
}

const MAX_WAIT_MS = 4000;

/** Repeats on the live page what the reader did in the prerendered one; returns what to do once shown. */
export type Carry = (live: HTMLElement) => () => void;

/**
 * Hides `live` until it shows its heading and no loading skeleton, then puts it in place of `root`.
 * Just before, `carry` (once loaded) repeats on `live` what the reader did in `root`.
 */
export function swapWhenSettled(
  root: HTMLElement,
  live: HTMLElement,
  carry: Promise<Carry | undefined>,
  frame = false,
): void {
  // The prerendered page stays usable until the swap (it is what the reader sees): whatever is
  // typed into it up to that moment is carried over, and nothing typed in between is lost.
  // Over a frame (inert, nothing to type in) the live view is transparent rather than hidden, so
  // what it focuses while loading (a shared link's open event) keeps focus when shown.
  live.className = frame ? 'app-pending app-pending--frame' : 'app-pending';
  // Radio buttons of one name form one group across the page: the live copy's would untick the
  // reader's choice in the prerendered copy.
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[type=radio][name]')) {
    radio.name += '-prerendered';
  }
  let loaded: Carry | undefined | null = null;
  void carry.then((c) => (loaded = c));
  const started = performance.now();
  const check = () => {
    const ready = live.querySelector('main h1') !== null && live.querySelector('.skeleton') === null;
    const late = performance.now() - started > MAX_WAIT_MS;
    if ((ready && loaded !== null) || late) {
      let afterShown: (() => void) | undefined;
      try {
        afterShown = loaded?.(live);
      } catch (error) {
        // A failed hand-over loses what was typed, but must not leave the old page in place.
        console.error(error);
      }
      root.remove();
      live.className = '';
      live.id = 'root';
      afterShown?.();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
