/**
 * Where a key moves a roving focus (chart points, event marks, chip groups, the year strip) in a
 * list of `count` items: arrows by one (right and down
 * forward), Home and End to the ends, clamped to the list; null for any other key.
 *   keyStep('ArrowRight', 2, 5) → 3;  keyStep('End', 0, 5) → 4;  keyStep('a', 1, 5) → null
 */
export function keyStep(key: string, index: number, count: number): number | null {
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
