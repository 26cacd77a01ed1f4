import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delay` ms. For views below the fold that follow the
 * years: while the reader steps through years they keep the last settled years and do no work,
 * so each step paints the chart in view at once; they catch up when the reader pauses.
 */
export function useSettledValue<T>(value: T, delay = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const id = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(id);
  }, [value, settled, delay]);
  return settled;
}
