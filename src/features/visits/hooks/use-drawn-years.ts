import { useState } from 'react';
import type { DatasetEvent } from '@data/schema';
import { drawnYears, type DrawnYear } from '../utils/drawn-years';

/**
 * The timeline's years: once drawn they stay drawn, hidden while empty (`drawnYears`), but only
 * across year steps. A new kind, level, direction or search (a new `keepAcross`) draws the shown
 * years afresh, so the page never holds cards no longer asked for, and the first card is the first
 * shown. Worked out again during render whenever the groups change (React's pattern for state that
 * follows a prop).
 */
export function useDrawnYears(
  groups: { year: number; events: DatasetEvent[] }[],
  keepAcross: unknown,
): DrawnYear[] {
  const [drawn, setDrawn] = useState(() => ({ groups, keepAcross, years: drawnYears([], groups) }));
  if (drawn.groups === groups && drawn.keepAcross === keepAcross) return drawn.years;
  const years = drawnYears(drawn.keepAcross === keepAcross ? drawn.years : [], groups);
  setDrawn({ groups, keepAcross, years });
  return years;
}
