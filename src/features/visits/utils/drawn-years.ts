/**
 * Which year groups the timeline keeps drawn. A year step shows or hides one whole year; drawing
 * its few hundred cards again each time it comes back (and tearing them down when it goes) was
 * most of a step on a large timeline. A year once drawn stays in the page, hidden while the
 * filters leave it empty, so a step only flips its `hidden`.
 */
import type { DatasetEvent } from '@data/schema';

export interface YearGroup {
  year: number;
  events: readonly DatasetEvent[];
}

export interface DrawnYear extends YearGroup {
  /** False when the filters leave the year empty: it stays drawn, hidden, with its last events. */
  shown: boolean;
}

/**
 * The years to draw, oldest first: every year in `groups` (shown, with its events now), and every
 * year drawn before that is not (hidden, with the events it last showed). `groups` must be in
 * year order, as `groupByYear` gives them.
 */
export function drawnYears(previous: readonly DrawnYear[], groups: readonly YearGroup[]): DrawnYear[] {
  const out: DrawnYear[] = [];
  let p = 0;
  for (const g of groups) {
    while (p < previous.length && previous[p]!.year < g.year) out.push(hide(previous[p++]!));
    if (p < previous.length && previous[p]!.year === g.year) p++;
    out.push({ year: g.year, events: g.events, shown: true });
  }
  while (p < previous.length) out.push(hide(previous[p++]!));
  return out;
}

const hide = (d: DrawnYear): DrawnYear => (d.shown ? { ...d, shown: false } : d);
