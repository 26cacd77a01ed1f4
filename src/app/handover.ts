/**
 * The hand-over from the prerendered page to the live app (see prerender-swap.ts). A reader may
 * type, tick or click in the prerendered page before the app takes over; at the swap each of
 * those is done again on the matching live control, through the control's own events, so the app
 * writes it to the URL as if the reader had done it there. Focus and caret move along, so typing
 * goes on in the live control.
 *
 * Loaded by boot beside the live app, not with the shell: the shell has a size budget.
 */

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement;

const CONTROLS = 'input, select, textarea, button';
// React's useId gives different ids on the server and in the browser (`_R_1_` / `_r_1_`, older
// `:R1:` / `«r1»`), so such ids cannot pair a prerendered control with its live twin.
const GENERATED_ID = /^(_[rR]_|[:«])/;

function labelText(el: Control): string {
  return el instanceof HTMLButtonElement ? '' : (el.labels?.[0]?.textContent?.trim() ?? '');
}

/**
 * What names a control the same way in the prerendered and the live page: its tag, type and the
 * first of a stable id, aria-label, roving key, label or text; e.g. `INPUT|search|Search`.
 */
export function controlName(el: Control): string {
  const id = el.id && !GENERATED_ID.test(el.id) ? `#${el.id}` : '';
  const name =
    id ||
    el.getAttribute('aria-label') ||
    el.dataset.rovingKey ||
    labelText(el) ||
    (el.textContent ?? '').trim().replace(/\s+/g, ' ');
  return `${el.tagName}|${el.getAttribute('type') ?? ''}|${name}`;
}

/** Each control of `scope` by its name plus its rank among controls of that name: `INPUT||Year#0`. */
export function controlKeys(scope: Element): Map<Control, string> {
  const seen = new Map<string, number>();
  const keys = new Map<Control, string>();
  for (const el of scope.querySelectorAll<Control>(CONTROLS)) {
    const name = controlName(el);
    const rank = seen.get(name) ?? 0;
    seen.set(name, rank + 1);
    keys.set(el, `${name}#${rank}`);
  }
  return keys;
}

/** Whether the reader changed a prerendered form control from what the HTML said. */
export function isEdited(el: Control): boolean {
  if (el instanceof HTMLButtonElement) return false;
  if (el instanceof HTMLSelectElement) return [...el.options].some((o) => o.selected !== o.defaultSelected);
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    return el.checked !== el.defaultChecked;
  }
  return el.value !== el.defaultValue;
}

/**
 * Sets a live control's value the way typing would: through the prototype's setter (React keeps
 * its own copy of the value and ignores a plain assignment), then the events a reader's edit fires.
 */
function enter(target: Control, from: Control): void {
  if (target instanceof HTMLInputElement && from instanceof HTMLInputElement) {
    if (target.type === 'checkbox' || target.type === 'radio') {
      if (target.checked !== from.checked) target.click();
      return;
    }
  }
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(target), 'value')?.set;
  setter?.call(target, from.value);
  if (!(target instanceof HTMLSelectElement)) {
    target.dispatchEvent(new Event('input', { bubbles: true }));
  }
  target.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Does again on `live` what the reader did on `prerendered`: edited inputs, selects and boxes,
 * then the buttons in `clicks` in the order clicked. Returns what to run once `live` is shown:
 * focus (and caret) to the live twin of the control the reader was in.
 */
export function carryOver(prerendered: Element, live: Element, clicks: readonly Element[]): () => void {
  const before = controlKeys(prerendered);
  // Every live target is found before anything changes: a change redraws labels (counts).
  const after = new Map([...controlKeys(live)].map(([el, key]) => [key, el]));
  const twin = (el: Element | null) => {
    const key = el ? before.get(el as Control) : undefined;
    return key === undefined ? undefined : after.get(key);
  };
  const edits = [...before.keys()].filter(isEdited).map((el) => [el, twin(el)] as const);
  const pressed = clicks.map(twin);
  const active = document.activeElement;
  const focusTarget = active && prerendered.contains(active) ? twin(active) : undefined;

  for (const [from, target] of edits) if (target) enter(target, from);
  for (const target of pressed) target?.click();

  return () => {
    if (!focusTarget) return;
    focusTarget.focus({ preventScroll: true });
    const from = active as HTMLInputElement;
    // Only text-like inputs have a caret (a number or range input throws on setSelectionRange).
    if ('selectionStart' in from && from.selectionStart !== null && 'setSelectionRange' in focusTarget) {
      (focusTarget as HTMLInputElement).setSelectionRange(
        from.selectionStart,
        from.selectionEnd,
        from.selectionDirection ?? undefined,
      );
    }
  };
}
