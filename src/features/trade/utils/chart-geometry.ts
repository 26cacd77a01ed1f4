/**
 * Where everything on the trade chart goes: scales, ticks, the official lines (broken at every
 * missing year), the press marks (on their year; a part-year figure inside the months it covers),
 * the event strip and the legend. Pure: numbers and SVG path strings in, nothing drawn here, so the
 * drawing components stay thin and this is unit-tested.
 *
 * Marks of one style are merged into one path: a year step then rewrites a handful of `d`
 * attributes instead of thousands of elements (the 100× bench holds about 15,000 marks).
 */
import { textWidth, wrapText } from '@/lib/text-width';
import { markPath, SIDES, type Reporter, type Side, type TradePoint } from '@/lib/trade-points';
import type { YearRange } from '@/lib/url/year-range';
import { yearTicks } from './chart-format';
import { linearScale, logScale, type Scale as AxisScale } from './scales';
import type { EventMarker } from './trade-context';
import type { Scale } from './trade-params';

/** A point the reader can hover or reach by keyboard, at its place on the chart. */
export interface Target {
  point: TradePoint;
  x: number;
  y: number;
}

export interface PlacedEvent {
  marker: EventMarker;
  x: number;
  y: number;
}

/**
 * What each legend key stands for. Every mark, line style and badge the chart can draw has one,
 * and the chart lists those it draws (so "!" and "?" are never unexplained).
 */
export type LegendKey =
  | 'official-VN'
  | 'official-BY'
  | 'gap'
  | 'press-VN'
  | 'press-BY'
  | 'press-other'
  | 'partial'
  | 'uncertain'
  | 'conflicting'
  | 'event';

/** The legend keys for what is drawn, in a fixed order. */
export function legendKeys(
  official: TradePoint[],
  press: TradePoint[],
  events: EventMarker[],
  mirror: boolean,
): LegendKey[] {
  const keys: LegendKey[] = [];
  if (official.some((x) => x.reporter === 'VN')) keys.push('official-VN');
  if (official.some((x) => x.reporter === 'BY')) keys.push('official-BY');
  if (mirror) keys.push('gap');
  // A side's key names its shape and colour, so it is listed for part-year marks too (the
  // "hollow" key alone would leave a hollow orange circle unexplained).
  for (const r of ['VN', 'BY', 'other'] as const) {
    if (press.some((x) => x.reporter === r)) keys.push(`press-${r}`);
  }
  const all = [...official, ...press];
  if (press.some((x) => x.partial)) keys.push('partial');
  if (all.some((x) => x.uncertain)) keys.push('uncertain');
  if (press.some((x) => x.conflicting && !x.uncertain)) keys.push('conflicting');
  if (events.length) keys.push('event');
  return keys;
}

export interface LegendEntry {
  key: string;
  label: string;
}

export interface PlacedLegendEntry extends LegendEntry {
  x: number;
  y: number;
  /** The label's lines (more than one only where a phone's width wraps it). */
  lines: string[];
}

export interface GeometryInput {
  official: TradePoint[];
  press: TradePoint[];
  events: EventMarker[];
  range: YearRange;
  width: number;
  scale: Scale;
  legend: LegendEntry[];
  /** Shade the gap between the two sides' lines. */
  mirror: boolean;
  /** The source line under the chart, wrapped to the width. */
  footer: string;
  /** The value axis's tick label, so the left margin fits the longest one ("300 млн $"). */
  tickLabel?: (value: number) => string;
  /** The plot's height; by default 230 px on narrow widths and 300 px otherwise (an embed asks less). */
  plotHeight?: number;
  /** The chart's title, wrapped to the width on a phone. */
  title?: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  narrow: boolean;
  /** The title's lines and the baseline of the first. */
  title: { lines: string[]; y: number };
  plot: { left: number; top: number; width: number; height: number };
  legend: PlacedLegendEntry[];
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /** y of the zero line when the axis goes below zero (a negative balance). */
  zeroY: number | null;
  /** Each side's official line, one path with a break at every missing year. */
  lines: Record<Side, string>;
  /** Each side's official values as small dots, one path. */
  dots: Record<Side, string>;
  /** The band between the two sides' lines where both have a value (mirror view). */
  gap: string;
  /** Press marks merged by style; only styles that occur. */
  marks: { reporter: Reporter; hollow: boolean; d: string }[];
  /** "?" badges of uncertain figures and "!" of figures another source contradicts. */
  badges: { uncertain: string; conflicting: string };
  /** Official values first, then press figures; each group in year order. */
  targets: Target[];
  events: PlacedEvent[];
  eventMarks: string;
  eventLines: string;
  stripTop: number;
  /** The footer's lines and the baseline of the first. */
  footer: { lines: string[]; y: number };
  /** The x span of a year (for the highlighted year). */
  band: (year: number) => { x: number; width: number };
  /** The year whose span holds the horizontal position `x` (px), clamped to the range. */
  yearAt: (x: number) => number;
  /** The year's centre (px). */
  x: (year: number) => number;
}

const LEGEND_TOP = 26;
const LEGEND_ROW = 18;
/** A wrapped legend label's next line: room for Vietnamese letters with two diacritics. */
export const LEGEND_LINE = 15;
/** The title's baseline and each wrapped line after it. */
const TITLE_Y = 16;
export const TITLE_LINE = 18;
const EVENT_ROWS = 4;
const EVENT_ROW = 13;
const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Collects the shapes of one path, drawing a shape only once per position on a small grid: marks
 * that land on the same spot (a figure repeated by several sources, the bench's scaled data) look
 * the same drawn once, and the browser rasterizes a fraction of the path.
 */
class PathParts {
  private seen = new Set<number>();
  parts: string[] = [];
  /** @param grid the spacing in px under which two shapes count as one (0.5 for dots). */
  constructor(private readonly grid = 0.5) {}
  add(x: number, y: number, shape: () => string) {
    const key = Math.round(x / this.grid) * 100003 + Math.round(y / this.grid);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.parts.push(shape());
  }
  toString() {
    return this.parts.join('');
  }
}

/** Font sizes in px of the chart's texts (trade.css): what their widths are estimated at. */
const FONT = { title: 14, legend: 12, tick: 11, footer: 11 } as const;

/**
 * Legend entries in rows that fit the width: swatch (26 px), label, gap. On a phone's width every
 * entry has a row of its own and a long label wraps, so none is cut at the edge.
 */
export function layoutLegend(
  entries: LegendEntry[],
  width: number,
  left: number,
  top = LEGEND_TOP,
): PlacedLegendEntry[] {
  const out: PlacedLegendEntry[] = [];
  const narrow = width < 520;
  let x = left;
  let y = top + 9;
  for (const e of entries) {
    if (narrow) {
      const lines = wrapText(e.label, width - left - 34, FONT.legend);
      if (out.length) y += LEGEND_ROW + (out.at(-1)!.lines.length - 1) * LEGEND_LINE;
      out.push({ ...e, x: left, y, lines });
      continue;
    }
    const w = 30 + textWidth(e.label, FONT.legend) + 14;
    if (x > left && x + w > width - 4) {
      y += LEGEND_ROW;
      x = left;
    }
    out.push({ ...e, x, y, lines: [e.label] });
    x += w;
  }
  return out;
}

/** The bottom of a placed legend (its last row, wrapped lines included). */
function legendBottom(legend: PlacedLegendEntry[], top: number): number {
  const last = legend.at(-1);
  return last ? last.y + (last.lines.length - 1) * LEGEND_LINE + 12 : top;
}

const dotPath = (x: number, y: number, r: number) =>
  `M${r1(x - r)},${r1(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
const exclamation = (x: number, y: number) => `M${r1(x)},${r1(y - 4.5)}v5M${r1(x)},${r1(y + 2.2)}v1.3`;
const question = (x: number, y: number) =>
  `M${r1(x - 2.2)},${r1(y - 2.3)}a2.2,2.2 0 1,1 2.2,2.2v1.4M${r1(x)},${r1(y + 2.6)}v1.3`;

/**
 * Where on the year axis a figure sits: a whole year on its centre (the year's tick); a part of a
 * year at the middle of its months, so January–August 2011 sits left of the 2011 tick.
 */
export function markYear(p: Pick<TradePoint, 'year' | 'months'>): number {
  const [first, last] = p.months;
  if (first === 1 && last === 12) return p.year;
  return p.year - 0.5 + (first - 1 + last) / 24;
}

/** One value per side and year for the line: the first of duplicate cells stands for the year. */
function lineValues(points: TradePoint[], side: Side): Map<number, TradePoint> {
  const byYear = new Map<number, TradePoint>();
  for (const p of points) if (p.reporter === side && !byYear.has(p.year)) byYear.set(p.year, p);
  return byYear;
}

/** The value axis for the figures drawn, over a pixel range ([1, 0] when only its ticks matter). */
type ValueScale = (range: [number, number]) => AxisScale;

/** The value axis over every figure drawn, official and press, linear or log. */
function valueScale(input: GeometryInput, tickCount: number): ValueScale {
  const values: number[] = [];
  for (const p of input.official) values.push(p.valueUsd);
  for (const p of input.press) values.push(p.valueUsd);
  return (range) =>
    input.scale === 'log' ? logScale(values, range, tickCount) : linearScale(values, range, tickCount);
}

/** The plot's left and right margins: the left one fits the widest value tick. */
function margins(makeScale: ValueScale, tickLabel: GeometryInput['tickLabel'], narrow: boolean) {
  // The ticks do not depend on the pixel range, so the margin is sized from them first.
  const widestTick = Math.max(
    0,
    ...makeScale([1, 0]).ticks.map((v) => textWidth(tickLabel?.(v) ?? '', FONT.tick)),
  );
  return { left: Math.max(narrow ? 44 : 64, Math.ceil(widestTick) + 14), right: narrow ? 12 : 20 };
}

/** The title's lines: wrapped on a phone, one line otherwise. */
function titleLines(title: string | undefined, width: number, narrow: boolean): string[] {
  if (!title) return [];
  return narrow ? wrapText(title, width - 8, FONT.title) : [title];
}

/** Each event's row under the axis: events close together stack, so each stays visible. */
function eventRows(events: EventMarker[], sx: (year: number) => number) {
  const rowEnds: number[] = [];
  const rows: number[] = [];
  for (const m of events) {
    const cx = sx(m.x);
    let row = rowEnds.findIndex((end) => end < cx - 12);
    if (row === -1 && rowEnds.length < EVENT_ROWS) row = rowEnds.length;
    if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = cx;
    rows.push(row);
  }
  return { rows, count: rowEnds.length };
}

/**
 * Top to bottom: the title, the legend, the plot, the event strip and the footer. Wide: the legend
 * between the title and the plot. Narrow: under the event strip, so a phone sees the plot right
 * under the title and the legend's rows never push it off the first screen.
 */
function verticalLayout(
  input: GeometryInput,
  o: { narrow: boolean; left: number; right: number; titleShift: number; eventRowCount: number },
) {
  const { width } = input;
  const { narrow, left, right, titleShift } = o;
  const plotHeight = input.plotHeight ?? (narrow ? 230 : 300);
  const bottom = input.events.length ? 38 + o.eventRowCount * EVENT_ROW : 30;
  const legendAbove = narrow ? [] : layoutLegend(input.legend, width, left, LEGEND_TOP + titleShift);
  const top = narrow ? TITLE_Y + titleShift + 14 : legendBottom(legendAbove, LEGEND_TOP + titleShift) + 8;
  const legend = narrow ? layoutLegend(input.legend, width, 4, top + plotHeight + bottom + 2) : legendAbove;
  const afterPlot = narrow ? legendBottom(legend, top + plotHeight + bottom) : top + plotHeight + bottom;
  const footerLines = wrapText(input.footer, width - (narrow ? 8 : left + right), FONT.footer);
  const footerY = afterPlot + 12;
  const height = footerY + (footerLines.length - 1) * 14 + 8;
  return { plotHeight, top, legend, footer: { lines: footerLines, y: footerY }, height };
}

/** Year → x and value → y (px): the two scales every series is placed with. */
type Project = { sx: (year: number) => number; sy: AxisScale };

/** Each side's official line, with a break at every missing year, and its values by year. */
function officialLines(official: TradePoint[], { sx, sy }: Project) {
  const lines = { VN: '', BY: '' } as Record<Side, string>;
  const byYear = {} as Record<Side, Map<number, TradePoint>>;
  for (const side of SIDES) {
    byYear[side] = lineValues(official, side);
    let d = '';
    let prevYear = -Infinity;
    for (const [year, p] of [...byYear[side]].sort((a, b) => a[0] - b[0])) {
      const x = r1(sx(year));
      const y = r1(sy(p.valueUsd));
      // A missing year breaks the line: a new sub-path, never a segment across the gap.
      d += `${year === prevYear + 1 ? 'L' : 'M'}${x},${y}`;
      prevYear = year;
    }
    // A side with no two consecutive years has no line, only its dots.
    lines[side] = d.includes('L') ? d : '';
  }
  return { lines, byYear };
}

/** The official values as targets on their year's centre, and each side's dots as one path. */
function officialDots(official: TradePoint[], { sx, sy }: Project, dotR: number) {
  const targets: Target[] = [];
  const parts: Record<Side, PathParts> = { VN: new PathParts(), BY: new PathParts() };
  for (const p of official) {
    const x = sx(p.year);
    const y = sy(p.valueUsd);
    targets.push({ point: p, x, y });
    if (p.reporter === 'VN' || p.reporter === 'BY') parts[p.reporter].add(x, y, () => dotPath(x, y, dotR));
  }
  const dots = { VN: parts.VN.toString(), BY: parts.BY.toString() };
  return { targets, dots };
}

/** The gap between the sides, over runs of consecutive years where both have a value. */
function gapPath(byYear: Record<Side, Map<number, TradePoint>>, { sx, sy }: Project): string {
  const years = [...byYear.VN.keys()].filter((y) => byYear.BY.has(y)).sort((a, b) => a - b);
  let gap = '';
  let run: number[] = [];
  const flush = () => {
    if (run.length > 1) {
      const upper = run.map((y) => `${r1(sx(y))},${r1(sy(byYear.VN.get(y)!.valueUsd))}`);
      const lower = [...run].reverse().map((y) => `${r1(sx(y))},${r1(sy(byYear.BY.get(y)!.valueUsd))}`);
      gap += `M${upper.join('L')}L${lower.join('L')}Z`;
    }
    run = [];
  };
  for (const y of years) {
    if (run.length && y !== run.at(-1)! + 1) flush();
    run.push(y);
  }
  flush();
  return gap;
}

/**
 * Press marks: on their year's centre, where the official dot of that year sits; a part-year
 * figure inside the months it covers. Merged by reporter and fill.
 */
function pressMarks(press: TradePoint[], { sx, sy }: Project, size: number) {
  const targets: Target[] = [];
  const groups = new Map<string, { reporter: Reporter; hollow: boolean; parts: PathParts }>();
  for (const p of press) {
    const x = sx(markYear(p));
    const y = sy(p.valueUsd);
    targets.push({ point: p, x, y });
    const key = `${p.reporter}|${p.partial}`;
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { reporter: p.reporter, hollow: p.partial, parts: new PathParts() }));
    group.parts.add(x, y, () => markPath(p.reporter, x, y, size));
  }
  const marks = [...groups.values()].map(({ reporter, hollow, parts }) => ({
    reporter,
    hollow,
    d: parts.toString(),
  }));
  return { targets, marks };
}

/** "?" beside each uncertain figure and "!" beside a press figure another source contradicts. */
function badgePaths(press: Target[], all: Target[]) {
  const uncertain = new PathParts();
  const conflicting = new PathParts();
  for (const { point: p, x, y } of press) {
    if (p.uncertain) uncertain.add(x, y, () => question(x + 7.5, y - 8));
    else if (p.conflicting) conflicting.add(x, y, () => exclamation(x + 7.5, y - 8));
  }
  for (const t of all) {
    if (t.point.kind === 'official' && t.point.uncertain)
      uncertain.add(t.x, t.y, () => question(t.x + 6, t.y - 7));
  }
  return { uncertain: uncertain.toString(), conflicting: conflicting.toString() };
}

/** The events on the strip under the axis (diamonds) and their thin lines across the plot. */
function eventPaths(
  events: EventMarker[],
  rows: number[],
  sx: (year: number) => number,
  stripTop: number,
  plot: { top: number; height: number },
) {
  const placed: PlacedEvent[] = events.map((marker, k) => ({
    marker,
    x: sx(marker.x),
    y: stripTop + rows[k]! * EVENT_ROW,
  }));
  const marks = new PathParts();
  const lines = new PathParts();
  for (const e of placed) {
    marks.add(e.x, e.y, () => `M${r1(e.x)},${r1(e.y - 5.5)}l4.5,5.5l-4.5,5.5l-4.5,-5.5Z`);
    lines.add(e.x, 0, () => `M${r1(e.x)},${r1(plot.top)}V${r1(plot.top + plot.height)}`);
  }
  return { events: placed, eventMarks: marks.toString(), eventLines: lines.toString() };
}

/**
 * Lays out the whole chart for one state of the view: the margins from the value ticks, the
 * title, the event rows, then top to bottom the legend, plot and footer; then, on those scales,
 * the official lines and dots, the mirror gap, the press marks, their badges and the events.
 */
export function chartGeometry(input: GeometryInput): ChartGeometry {
  const { official, press, events, range, width, scale } = input;
  const narrow = width < 520;
  const makeScale = valueScale(input, narrow ? 4 : 6);
  const { left, right } = margins(makeScale, input.tickLabel, narrow);
  const title = titleLines(input.title, width, narrow);
  const plotWidth = Math.max(40, width - left - right);
  const x0 = range.from - 0.5;
  const x1 = range.to + 0.5;
  const sx = (year: number) => left + ((year - x0) / (x1 - x0)) * plotWidth;
  const rows = eventRows(events, sx);
  const titleShift = Math.max(0, title.length - 1) * TITLE_LINE;
  const v = verticalLayout(input, { narrow, left, right, titleShift, eventRowCount: rows.count });
  const { top, plotHeight } = v;
  const sy = makeScale([top + plotHeight, top]);

  const on: Project = { sx, sy };
  const { lines, byYear } = officialLines(official, on);
  const dots = officialDots(official, on, narrow ? 2.2 : 2.8);
  const marks = pressMarks(press, on, narrow ? 4.2 : 5.2);
  const targets = [...dots.targets, ...marks.targets];
  const stripTop = top + plotHeight + 36;

  return {
    width,
    height: v.height,
    narrow,
    title: { lines: title, y: TITLE_Y },
    plot: { left, top, width: plotWidth, height: plotHeight },
    legend: v.legend,
    xTicks: yearTicks(range.from, range.to, plotWidth).map((year) => ({ year, x: sx(year) })),
    yTicks: sy.ticks.map((value) => ({ value, y: sy(value) })),
    zeroY: scale === 'linear' && sy.domain[0] < 0 ? sy(0) : null,
    lines,
    dots: dots.dots,
    gap: input.mirror ? gapPath(byYear, on) : '',
    marks: marks.marks,
    badges: badgePaths(marks.targets, targets),
    targets,
    ...eventPaths(events, rows.rows, sx, stripTop, { top, height: plotHeight }),
    stripTop,
    footer: v.footer,
    band: (year) => ({ x: sx(year - 0.5), width: sx(year + 0.5) - sx(year - 0.5) }),
    yearAt: (px) =>
      Math.min(range.to, Math.max(range.from, Math.round(x0 + ((px - left) / plotWidth) * (x1 - x0)))),
    x: sx,
  };
}

/** The target nearest to (x, y) within `max` px, or -1. */
export function nearestTarget(targets: readonly { x: number; y: number }[], x: number, y: number, max = 14) {
  let best = -1;
  let bestD = max * max;
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k]!;
    const d = (t.x - x) ** 2 + (t.y - y) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/** The first target in keyboard order (left, then top), without sorting; -1 when none. */
export function leftmost(targets: readonly Target[]): number {
  let best = -1;
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k]!;
    const b = targets[best] ?? null;
    if (!b || t.x < b.x || (t.x === b.x && t.y < b.y)) best = k;
  }
  return best;
}

/** Keyboard order: left to right, then top to bottom. */
export function readingOrder(targets: readonly Target[]): number[] {
  return targets
    .map((_, k) => k)
    .sort((a, b) => targets[a]!.x - targets[b]!.x || targets[a]!.y - targets[b]!.y);
}
