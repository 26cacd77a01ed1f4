import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { keyStep } from '@/lib/key-step';

/**
 * One Tab stop for a row of buttons (roving tabindex): the arrow keys, Home and End move focus
 * between the container's `[data-roving-key]` items; Space and Enter stay the buttons' own.
 * Returns the key of the item that is the Tab stop (the last focused one while it is still shown,
 * else the first) and the handlers to spread on the container.
 * Hand-written rather than a widget library: the chips and bars keep their own markup and memo.
 */
export function useRovingFocus(keys: readonly string[]) {
  // The last focused item: momentary focus state, not view state.
  const [active, setActive] = useState<string | null>(null);
  const tabbable = active !== null && keys.includes(active) ? active : keys[0];

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>('[data-roving-key]'));
    const index = items.indexOf(e.target as HTMLElement);
    if (index === -1) return;
    const next = keyStep(e.key, index, items.length);
    if (next === null) return;
    e.preventDefault();
    items[next]?.focus();
  };

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const key = (e.target as HTMLElement).dataset.rovingKey;
    if (key !== undefined) setActive(key);
  };

  return { tabbable, containerProps: { onKeyDown, onFocus } };
}
