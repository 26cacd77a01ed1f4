/**
 * The geometry of the comparison chart (`components/context-bars-chart.tsx`), a pure function of
 * its rows, scale and width: where each mark and each text goes, every text box estimated from a
 * glyph-width table so that no two touch and none leaves the chart, in any language.
 *
 * On a linear scale the marks are bars from zero. On a log scale they are dots on a thin guide
 * line: a bar's length from an arbitrary floor would make 76× look like 3.5×.
 */
import { textWidth } from '@/lib/text-width';
import { decadeDomain, linearScale } from './scales';
import type { Scale } from './trade-params';

/** One row of the comparison, with its words already in the reader's language. */
export interface ContextRow {
  id: string;
  value: number;
  reporter: 'VN' | 'BY' | 'other';
  isBelarus: boolean;
  partner: string;
  reportedBy: string;
  /** The months of a part-year figure ("Jan–Aug 2024"), else null. */
  period: string | null;
  valueText: string;
  source: string;
  sourceUrl: string | null;
}

/** How a piece of text is drawn: its weight and colour come from CSS, its size from TEXT_SIZE. */
export type TextKind = 'partner' | 'belarus' | 'note' | 'value' | 'source' | 'tick';

/** Font size in px of each kind of text (the chart sets it, so the estimate and the drawing agree). */
export const TEXT_SIZE: Record<TextKind, number> = {
  partner: 14,
  belarus: 14,
  note: 14,
  value: 14,
  source: 12,
  tick: 12,
};

/** A run of text in one style. */
export interface Segment {
  text: string;
  kind: TextKind;
}

/** One `<text>`: its runs, where its line starts (x) and its baseline (y), and its estimated box. */
export interface SceneText {
  /** The row it belongs to, or null for an axis label. */
  rowId: string | null;
  x: number;
  y: number;
  size: number;
  segments: Segment[];
  box: Box;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A row's mark: a bar from `x0` to `x1`, or a dot at `x1` on a guide line from `x0`. */
export interface SceneMark {
  row: ContextRow;
  x0: number;
  x1: number;
  y: number;
  /** Part of a year: drawn hollow. */
  hollow: boolean;
}

export interface ContextScene {
  mark: 'bars' | 'dots';
  /** Words above each mark (phones) or in a column to its left. */
  layout: 'stacked' | 'columns';
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Gridlines at these x; the tick labels that fit are among `texts`. */
  grid: number[];
  marks: SceneMark[];
  texts: SceneText[];
}

const segmentsWidth = (segments: Segment[]) =>
  segments.reduce((w, s) => w + textWidth(s.text, TEXT_SIZE[s.kind]), 0);

/** Line height in px for text of `size` px: room for its glyph box (ascent 0.97 em, descent 0.25 em). */
const lineHeight = (size: number) => Math.ceil(size * 1.3);
const ASCENT = 0.97;
const DESCENT = 0.25;

/** Shortens `text` with an ellipsis until it fits `max` px (the full text is in the list). */
export function fitText(text: string, size: number, max: number): string {
  if (textWidth(text, size) <= max) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size) > max) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Breaks runs into lines at most `max` px wide, at spaces; a phrase marked unbreakable (a period
 * such as "Jan–Aug 2024") moves whole, and a word too long for any line is shortened.
 *   wrapSegments([{ text: 'Belarus', kind: 'belarus' }, { text: 'as Belarus reports it', kind: 'note' }], 120)
 *   → [[Belarus as Belarus], [reports it]]
 */
export function wrapSegments(parts: (Segment & { keep?: boolean })[], max: number): Segment[][] {
  const tokens = parts.flatMap((p) =>
    (p.keep ? [p.text] : p.text.split(/\s+/).filter(Boolean)).map((text) => ({
      kind: p.kind,
      text: fitText(text, TEXT_SIZE[p.kind], max),
    })),
  );
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  let used = 0;
  for (const t of tokens) {
    const size = TEXT_SIZE[t.kind];
    const w = textWidth(t.text, size);
    const space = textWidth(' ', size);
    // A hair of slack: a line as wide as the widest one must not wrap on rounding.
    if (line.length && used + space + w > max + 0.01) {
      lines.push(line);
      line = [];
      used = 0;
    }
    const text = line.length ? ` ${t.text}` : t.text;
    used += (line.length ? space : 0) + w;
    const last = line.at(-1);
    if (last && last.kind === t.kind) last.text += text;
    else line.push({ kind: t.kind, text });
  }
  if (line.length) lines.push(line);
  return lines;
}

/** A text line of `segments` whose line box starts at `top`; its box from the estimate. */
function placeText(rowId: string | null, segments: Segment[], x: number, top: number): SceneText {
  const size = Math.max(...segments.map((s) => TEXT_SIZE[s.kind]));
  const lh = lineHeight(size);
  const y = top + (lh - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
  const w = segmentsWidth(segments);
  return {
    rowId,
    x,
    y,
    size,
    segments,
    box: { left: x, right: x + w, top: y - ASCENT * size, bottom: y + DESCENT * size },
  };
}

/** Whether two boxes share any area (touching edges do not count). */
export const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Dots on a log scale (a length there would mislead), bars from zero on a linear one. */
export const markFor = (scale: Scale): ContextScene['mark'] => (scale === 'log' ? 'dots' : 'bars');

/** Room for a dot's shape either side of its value (SeriesMarker's triangle is the widest). */
const DOT_REACH = 7;
/** A bar's thickness and a dot's size (SeriesMarker's `size`). */
export const BAR_THICKNESS = 14;
export const DOT_SIZE = 5;
/** Between a mark's end and its value; words and plot; rows; tick labels. */
const GAP = 6;
const COLUMN_GAP = 14;
const ROW_GAP = 10;
const TICK_GAP = 6;
/** The narrowest plot worth drawing beside a column of words. */
const MIN_PLOT = 220;
/** The words' column takes at most this share of the width, and wraps past it. */
const MAX_COLUMN = 0.38;
const TOP = 4;
const TICK = 4;

export interface SceneInput {
  rows: ContextRow[];
  scale: Scale;
  width: number;
  /** An axis value in words: 1e9 → "US$1B". */
  tickText: (value: number) => string;
}

/** The row's words as runs: the partner, who reports it and, for part of a year, its months. */
const nameParts = (r: ContextRow): (Segment & { keep?: boolean })[] => [
  { text: r.partner, kind: r.isBelarus ? 'belarus' : 'partner' },
  { text: r.reportedBy, kind: 'note' },
  ...(r.period ? [{ text: `· ${r.period}`, kind: 'note' as const, keep: true }] : []),
];

/** The x of a value, and the axis values to grid, for a plot from `left` to `right`. */
function xScale(mark: ContextScene['mark'], values: number[], left: number, right: number) {
  if (mark === 'bars') {
    const s = linearScale(values, [left, right], Math.max(2, Math.floor((right - left) / 70)));
    return { x: (v: number) => s(v), ticks: s.ticks };
  }
  const [lo, hi] = decadeDomain(values);
  const l0 = Math.round(Math.log10(lo));
  const l1 = Math.round(Math.log10(hi));
  return {
    // Nothing lies below the domain's floor but a zero, which a log scale cannot place.
    x: (v: number) => left + ((Math.log10(Math.max(v, lo)) - l0) / (l1 - l0)) * (right - left),
    // Powers of ten only, so that each gridline is ten times the one before.
    ticks: Array.from({ length: l1 - l0 + 1 }, (_, i) => 10 ** (l0 + i)),
  };
}

/**
 * The axis labels that fit: each centred under its gridline, or flush with the chart's edge where
 * centring would cut it; every label, else every second, third... so the ones kept stay evenly
 * spaced and none touches the next.
 */
export function axisLabels(
  ticks: number[],
  grid: number[],
  tickText: (v: number) => string,
  width: number,
): { start: number; segment: Segment }[] {
  const all = ticks.map((v, i) => {
    const text = tickText(v);
    const w = textWidth(text, TEXT_SIZE.tick);
    const start = Math.min(Math.max(grid[i]! - w / 2, 0), width - w);
    return { start, end: start + w, segment: { text, kind: 'tick' as const } };
  });
  for (let step = 1; step < all.length; step++) {
    const kept = all.filter((_, i) => i % step === 0);
    if (kept.every((l, i) => i === 0 || l.start >= kept[i - 1]!.end + TICK_GAP)) return kept;
  }
  return all.slice(0, 1);
}

/**
 * Lays out the comparison. Wide enough, the words stand in a column left of the plot, each value
 * right of its mark and the source under the mark; else (phones) the words stand above each mark
 * and the value and source under it, so the plot has the whole width and nothing runs off it.
 */
export function contextBarsScene({ rows, scale, width, tickText }: SceneInput): ContextScene {
  const mark = markFor(scale);
  const nameLine = lineHeight(TEXT_SIZE.partner);
  const valueLine = lineHeight(TEXT_SIZE.value);
  const sourceLine = lineHeight(TEXT_SIZE.source);
  const reach = mark === 'dots' ? DOT_REACH : 0;
  const nameWidth = Math.max(
    0,
    ...rows.map((r) => segmentsWidth(wrapSegments(nameParts(r), Infinity)[0] ?? [])),
  );
  const valueWidth = Math.max(0, ...rows.map((r) => textWidth(r.valueText, TEXT_SIZE.value)));

  const column = Math.min(nameWidth, Math.floor(width * MAX_COLUMN));
  // The plot's ends are where the smallest and largest values sit; a dot reaches past them.
  let left = column + COLUMN_GAP + reach;
  let right = width - valueWidth - GAP - reach;
  const layout = right - left >= MIN_PLOT ? 'columns' : 'stacked';
  const values = rows.map((r) => r.value);
  if (layout === 'stacked') {
    // The plot spans the width, less half the first and last axis labels, so that those stand
    // centred under their gridlines like the others rather than flush with the edge.
    const { ticks: first } = xScale(mark, values, reach, width - reach);
    const half = (v: number | undefined) =>
      v === undefined ? 0 : textWidth(tickText(v), TEXT_SIZE.tick) / 2;
    left = Math.max(reach, half(first[0]));
    right = width - Math.max(reach, half(first.at(-1)));
  }
  const { x, ticks } = xScale(mark, values, left, right);

  const texts: SceneText[] = [];
  const marks: SceneMark[] = [];
  const add = (rowId: string | null, segments: Segment[], tx: number, top: number) =>
    texts.push(placeText(rowId, segments, tx, top));
  let top = TOP;
  for (const r of rows) {
    const x1 = x(r.value);
    const hollow = r.period !== null;
    if (layout === 'columns') {
      const names = wrapSegments(nameParts(r), column);
      names.forEach((l, i) => add(r.id, l, 0, top + i * nameLine));
      marks.push({ row: r, x0: left, x1, y: top + nameLine / 2, hollow });
      add(r.id, [{ text: r.valueText, kind: 'value' }], x1 + reach + GAP, top);
      const sources = wrapSegments([{ text: r.source, kind: 'source' }], width - left);
      sources.forEach((l, i) => add(r.id, l, left, top + nameLine + i * sourceLine));
      top += Math.max(names.length * nameLine, nameLine + sources.length * sourceLine) + ROW_GAP;
      continue;
    }
    for (const l of wrapSegments(nameParts(r), width)) {
      add(r.id, l, 0, top);
      top += nameLine;
    }
    marks.push({ row: r, x0: left, x1, y: top + nameLine / 2, hollow });
    top += nameLine;
    const value: Segment = { text: fitText(r.valueText, TEXT_SIZE.value, width), kind: 'value' };
    const source: Segment = { text: ` · ${r.source}`, kind: 'source' };
    if (segmentsWidth([value, source]) <= width) {
      add(r.id, [value, source], 0, top);
      top += valueLine;
    } else {
      add(r.id, [value], 0, top);
      top += valueLine;
      for (const l of wrapSegments([{ text: r.source, kind: 'source' }], width)) {
        add(r.id, l, 0, top);
        top += sourceLine;
      }
    }
    top += ROW_GAP;
  }

  const grid = ticks.map(x);
  for (const t of axisLabels(ticks, grid, tickText, width)) add(null, [t.segment], t.start, top + TICK);
  return {
    mark,
    layout,
    width,
    height: Math.ceil(top + TICK + lineHeight(TEXT_SIZE.tick) + 2),
    plot: { left, right, top: TOP, bottom: top },
    grid,
    marks,
    texts,
  };
}
