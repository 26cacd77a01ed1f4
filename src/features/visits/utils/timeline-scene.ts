/**
 * The visual timeline's geometry, pure: where each event's mark sits for the chosen years and
 * width. Time runs left to right; one lane per direction; a mark sits on its date, and a date
 * known only to the month or the year is drawn as a line spanning that month or year (never as a
 * false day). Marks that would overlap stack in rows within their lane; past `ROWS` rows the rest
 * are counted ("+12") rather than drawn, so a large dataset draws a bounded number of marks.
 * The height does not depend on the width: the prerendered page keeps its layout when the chart
 * is measured.
 */
import type { DatasetEvent, EventDirection } from '@data/schema';

/** Lanes top to bottom, in the order readers meet them in the filters. */
export const LANES: readonly EventDirection[] = ['vn-to-by', 'by-to-vn', 'third-country', 'bilateral'];

export const LAYOUT = {
  /** Lane label row above each lane's marks. */
  label: 15,
  row: 10,
  rows: 6,
  /** Space under each lane's rows. */
  gap: 5,
  /** Half a mark's width: marks closer than twice this stack. */
  radius: 5,
  /** The axis under the lanes. */
  axis: 22,
  /** Room at either end so the first and last year's marks are not cut. */
  inset: 8,
} as const;

export const LANE_HEIGHT = LAYOUT.label + LAYOUT.row * LAYOUT.rows + LAYOUT.gap;
export const SCENE_HEIGHT = LANES.length * LANE_HEIGHT + LAYOUT.axis;

export interface SceneMark {
  event: DatasetEvent;
  lane: number;
  /** The mark's centre. */
  x: number;
  y: number;
  /** The span a month or year precision (or a range of days) covers; x0 === x1 for one day. */
  x0: number;
  x1: number;
  /** The same in fractional years (t the centre): what the drawing places by CSS (`plot`). */
  t: number;
  t0: number;
  t1: number;
}

export interface SceneOverflow {
  lane: number;
  x: number;
  y: number;
  count: number;
}

export interface Scene {
  width: number;
  height: number;
  lanes: { dir: EventDirection; top: number }[];
  /** Drawn marks, by lane, left to right. */
  marks: SceneMark[];
  overflow: SceneOverflow[];
  ticks: { x: number; year: number; labelled: boolean }[];
  /** `ppy`: px per year; x = left + (t − from) × ppy. */
  plot: { left: number; right: number; bottom: number; from: number; ppy: number };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** A written date (YYYY, YYYY-MM or YYYY-MM-DD) as a fractional year: its start, or its end. */
export function yearFraction(date: string, end: boolean): number {
  const y = Number(date.slice(0, 4));
  if (date.length === 4) return end ? y + 1 : y;
  const m = Number(date.slice(5, 7));
  if (date.length === 7) return y + (end ? m : m - 1) / 12;
  const days = isLeap(y) ? 366 : 365;
  const day = DAYS_BEFORE[m - 1]! + (m > 2 && isLeap(y) ? 1 : 0) + Number(date.slice(8, 10)) - (end ? 0 : 1);
  return y + day / days;
}

/** Labelled ticks no closer than this (px). */
const TICK_SPACE = 44;
const STEPS = [1, 2, 5, 10, 20, 50];

/**
 * The scene for `events` (in date order, as `filterEvents` gives them) over the years
 * `from`–`to` (inclusive) at `width` px.
 */
export function timelineScene(
  events: readonly DatasetEvent[],
  from: number,
  to: number,
  width: number,
): Scene {
  const left = LAYOUT.inset;
  const right = Math.max(left + 1, width - LAYOUT.inset);
  const span = to + 1 - from;
  const xOf = (t: number) => left + ((t - from) / span) * (right - left);
  const lanes = LANES.map((dir, i) => ({ dir, top: i * LANE_HEIGHT }));
  const laneOf = new Map(LANES.map((d, i) => [d, i]));

  // Per lane, the right end of each row's last mark: a mark goes in the first row it fits.
  const rowEnds = LANES.map(() => [] as number[]);
  const marks: SceneMark[] = [];
  const overflow: SceneOverflow[] = [];
  const lastOverflow: (SceneOverflow | undefined)[] = LANES.map(() => undefined);
  const r = LAYOUT.radius;
  for (const event of events) {
    const lane = laneOf.get(event.direction)!;
    const t0 = yearFraction(event.date.start, false);
    const t1 = yearFraction(event.date.end ?? event.date.start, true);
    const x0 = xOf(t0);
    const x1 = xOf(t1);
    // One day is drawn at its middle; a month, a year or a range at the middle of its span.
    const x = (x0 + x1) / 2;
    const start = Math.min(x - r, x0);
    const ends = rowEnds[lane]!;
    let row = ends.findIndex((end) => end <= start);
    if (row === -1 && ends.length < LAYOUT.rows) row = ends.length;
    if (row === -1) {
      // Counted into the lane's last count when near it: one "+N" per crowded date, not per event.
      const last = lastOverflow[lane];
      if (last && x - last.x < 4 * r) last.count++;
      else
        overflow.push((lastOverflow[lane] = { lane, x, y: lanes[lane]!.top + LAYOUT.label - 2, count: 1 }));
      continue;
    }
    ends[row] = Math.max(x + r, x1) + 1;
    marks.push({
      event,
      lane,
      x,
      y: lanes[lane]!.top + LAYOUT.label + row * LAYOUT.row + LAYOUT.row / 2,
      x0,
      x1,
      t: (t0 + t1) / 2,
      t0,
      t1,
    });
  }
  marks.sort((a, b) => a.lane - b.lane || a.x - b.x);

  const yearWidth = (right - left) / span;
  const step = STEPS.find((s) => s * yearWidth >= TICK_SPACE) ?? 100;
  const ticks: Scene['ticks'] = [];
  // Minor ticks each year while they stay apart; labelled ones at multiples of the step.
  const minor = yearWidth >= 4 ? 1 : step;
  for (let year = Math.ceil(from / minor) * minor; year <= to + 1; year += minor) {
    ticks.push({ x: xOf(year), year, labelled: year % step === 0 && year <= to });
  }
  const bottom = LANES.length * LANE_HEIGHT;
  const plot = { left, right, bottom, from, ppy: (right - left) / span };
  return { width, height: SCENE_HEIGHT, lanes, marks, overflow, ticks, plot };
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * The mark a key moves to from `current` (an index into `scene.marks`): left and right through
 * time within the lane, up and down to the nearest mark in time of the next lane that has marks,
 * Home and End to the lane's ends. Undefined when there is nowhere to go.
 */
export function markAfterKey(scene: Scene, current: number, key: NavKey): number | undefined {
  const { marks } = scene;
  const here = marks[current];
  if (!here) return marks.length > 0 ? 0 : undefined;
  const inLane = (lane: number) => marks.flatMap((m, i) => (m.lane === lane ? [i] : []));
  const lane = inLane(here.lane);
  const at = lane.indexOf(current);
  switch (key) {
    case 'ArrowLeft':
      return lane[at - 1];
    case 'ArrowRight':
      return lane[at + 1];
    case 'Home':
      return lane[0];
    case 'End':
      return lane.at(-1);
    case 'ArrowUp':
    case 'ArrowDown': {
      const dir = key === 'ArrowUp' ? -1 : 1;
      for (let l = here.lane + dir; l >= 0 && l < LANES.length; l += dir) {
        const other = inLane(l);
        if (other.length === 0) continue;
        return other.reduce((best, i) =>
          Math.abs(marks[i]!.x - here.x) < Math.abs(marks[best]!.x - here.x) ? i : best,
        );
      }
      return undefined;
    }
  }
}
