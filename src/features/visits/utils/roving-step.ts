/**
 * Where a key moves a roving focus in a row of `count` items: Right and Down forward, Left and Up
 * back, Home and End to the ends, clamped to the row; null for any other key.
 *   rovingStep('ArrowRight', 2, 5) → 3;  rovingStep('End', 0, 5) → 4;  rovingStep('a', 1, 5) → null
 */
export function rovingStep(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const next =
    key === 'ArrowRight' || key === 'ArrowDown'
      ? index + 1
      : key === 'ArrowLeft' || key === 'ArrowUp'
        ? index - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : null;
  return next === null ? null : Math.max(0, Math.min(last, next));
}
