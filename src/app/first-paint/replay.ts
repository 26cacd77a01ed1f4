/**
 * What a reader does in a prerendered page before its app is live is kept: React hydrates the very
 * elements the reader typed into, ticked or chose in, but does not know of those changes, and
 * buttons had no handler yet. Once hydrated, each changed field tells React of its value as a
 * reader's input would, and the buttons clicked meanwhile are clicked again.
 */
import { flushSync } from 'react-dom';

/** Records the buttons clicked in `root` until `stop()`, which returns them in order. */
export function recordClicks(root: HTMLElement): { stop: () => HTMLElement[] } {
  const clicks: HTMLElement[] = [];
  const onClick = (e: Event) => {
    const button = (e.target as Element).closest('button');
    if (button) clicks.push(button);
  };
  root.addEventListener('click', onClick);
  return {
    stop: () => {
      root.removeEventListener('click', onClick);
      return clicks;
    },
  };
}

const nativeValue = (el: HTMLInputElement | HTMLTextAreaElement) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')!.set!;

/**
 * Whether React has hydrated an element: it keeps the element's props on it under a
 * `__reactProps$…` key (an internal name, stable since React 17). A view's lazy parts hydrate
 * after the rest, so a replay waits for the element it acts on.
 */
const hydrated = (el: Element) => Object.keys(el).some((k) => k.startsWith('__reactProps$'));

async function whenHydrated(el: Element, timeoutMs = 5000): Promise<boolean> {
  for (const start = performance.now(); performance.now() - start < timeoutMs;) {
    if (!el.isConnected) return false;
    if (hydrated(el)) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

/**
 * Tells the hydrated app of every field in `root` that differs from the page as served, then
 * clicks the recorded buttons again. React tracks a field's last known value through the
 * element's own `value` / `checked` property: setting that to the served value and then the
 * reader's through the prototype makes the next event a change it reports, as for typing.
 * Every field is read before any is replayed (a re-render puts controlled fields back to the
 * app's state), and each replay is rendered before the next (each writes the URL from the
 * location the app last rendered).
 */
export async function replayInput(root: HTMLElement, clicks: readonly HTMLElement[]): Promise<void> {
  const replays: [Element, () => void][] = [];
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input, textarea, select',
  )) {
    if (el instanceof HTMLSelectElement) {
      const chosen = el.value;
      if ([...el.options].some((o) => o.selected !== o.defaultSelected)) {
        replays.push([
          el,
          () => {
            el.value = chosen;
            el.dispatchEvent(new Event('change', { bubbles: true }));
          },
        ]);
      }
    } else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      const checked = el.checked;
      if (checked !== el.defaultChecked && (el.type === 'checkbox' || checked)) {
        replays.push([
          el,
          () => {
            el.checked = !checked;
            el.click();
          },
        ]);
      }
    } else if (el.value !== el.defaultValue) {
      const typed = el.value;
      replays.push([
        el,
        () => {
          el.value = el.defaultValue;
          nativeValue(el).call(el, typed);
          el.dispatchEvent(new Event('input', { bubbles: true }));
        },
      ]);
    }
  }
  for (const button of clicks) replays.push([button, () => button.click()]);
  for (const [el, replay] of replays) {
    if (!(await whenHydrated(el))) continue;
    // Rendered before the next one: each writes the link from the location the app last rendered.
    flushSync(replay);
  }
}
