/**
 * What a reader does in a prerendered page before its app is live is kept: React hydrates the very
 * elements the reader typed into, ticked or chose in, but does not know of those changes, and
 * buttons had no handler yet. Once hydrated, each changed field tells React of its value as a
 * reader's input would, and the buttons clicked meanwhile are clicked again.
 */

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
 * Tells the hydrated app of every field in `root` that differs from the page as served, then
 * clicks the recorded buttons again. React tracks a field's last known value through the
 * element's own `value` / `checked` property: setting that to the served value and then the
 * reader's through the prototype makes the next event a change it reports, as for typing. All
 * fields are read before any is replayed: each replay re-renders, and a re-render puts every
 * controlled field back to the app's state.
 */
export function replayInput(root: HTMLElement, clicks: readonly HTMLElement[]): void {
  const replays: (() => void)[] = [];
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input, textarea, select',
  )) {
    if (el instanceof HTMLSelectElement) {
      const chosen = el.value;
      if ([...el.options].some((o) => o.selected !== o.defaultSelected)) {
        replays.push(() => {
          el.value = chosen;
          el.dispatchEvent(new Event('change', { bubbles: true }));
        });
      }
    } else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      const checked = el.checked;
      if (checked !== el.defaultChecked && (el.type === 'checkbox' || checked)) {
        replays.push(() => {
          el.checked = !checked;
          el.click();
        });
      }
    } else if (el.value !== el.defaultValue) {
      const typed = el.value;
      replays.push(() => {
        el.value = el.defaultValue;
        nativeValue(el).call(el, typed);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
  }
  for (const replay of replays) replay();
  for (const button of clicks) if (button.isConnected) button.click();
}
