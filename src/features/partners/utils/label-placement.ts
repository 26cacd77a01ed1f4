/**
 * Pure label placement: each point tries positions around itself (right, left, above, below,
 * then the diagonals), first close and then further out with a leader line, and takes the
 * first whose box overlaps no earlier label, no point and stays inside the bounds.
 */

export interface LabelInput {
  id: string;
  x: number;
  y: number;
  /** One line, or several separated by "\n" (the box grows to the longest line and every line). */
  text: string;
  /** Radius of the point's symbol. */
  r: number;
  /** Overrides the options' font size for this label (e.g. smaller, for the islands). */
  fontSize?: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Text anchor point; `y` is the text's vertical middle. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Rect;
  /** From the point to the label, when the label sits away from it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** True when no free position was found (the least-overlapping one is used). */
  overlaps: boolean;
}

export interface LabelOptions {
  fontSize: number;
  /** Average glyph width as a share of the font size. */
  charWidth?: number;
  bounds: Rect;
  /** Distances out from the symbol's edge tried in turn. */
  rings?: number[];
  /** Other boxes labels must keep clear of (titles, earlier insets' labels). */
  obstacles?: Rect[];
}

/** Line height as a share of the font size; the map draws multi-line labels with the same step. */
export const LINE_HEIGHT = 1.2;

/**
 * Estimated text box size: no layout engine in a pure function (or in jsdom).
 *   textSize('Hanoi', 10) → { width: 29, height: 12 }; 'a\nbb' → two lines, as wide as "bb".
 */
export function textSize(
  text: string,
  fontSize: number,
  charWidth = 0.58,
): { width: number; height: number } {
  const lines = text.split('\n');
  const longest = Math.max(...lines.map((l) => l.length));
  return {
    width: Math.ceil(longest * fontSize * charWidth),
    height: Math.ceil(fontSize * LINE_HEIGHT * lines.length),
  };
}

/** Area shared by two rectangles (0 when apart). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

// Unit directions, in order of preference: E, W, N, S, NE, SE, NW, SW.
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [0.8, -0.8],
  [0.8, 0.8],
  [-0.8, -0.8],
  [-0.8, 0.8],
];

function candidate(
  p: LabelInput,
  dir: [number, number],
  dist: number,
  size: { width: number; height: number },
) {
  const [dx, dy] = dir;
  const reach = p.r + dist;
  const ax = p.x + dx * reach;
  const ay = p.y + dy * reach;
  const anchor: PlacedLabel['anchor'] = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  const left = anchor === 'start' ? ax : anchor === 'end' ? ax - size.width : ax - size.width / 2;
  const cy = dy === 0 ? ay : dy < 0 ? ay - size.height / 2 : ay + size.height / 2;
  return {
    x: ax,
    y: cy,
    anchor,
    box: { x: left, y: cy - size.height / 2, width: size.width, height: size.height },
  };
}

function outside(box: Rect, bounds: Rect): number {
  const inside = overlapArea(box, bounds);
  return box.width * box.height - inside;
}

/** Horizontal clearance (px) kept between a label and its neighbours. */
const MARGIN = 2;

/** Places labels in the given order (put the most important first); see the module note. */
export function placeLabels(points: readonly LabelInput[], options: LabelOptions): PlacedLabel[] {
  // The outer rings (with a leader line) are for crowded corners: northern Vietnam on a phone.
  const rings = options.rings ?? [3, 14, 28, 44, 64, 90];
  const obstacles: Rect[] = [
    ...(options.obstacles ?? []),
    ...points.map((p) => ({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r })),
  ];
  const placed: PlacedLabel[] = [];
  for (const p of points) {
    const size = textSize(p.text, p.fontSize ?? options.fontSize, options.charWidth);
    let best: { c: ReturnType<typeof candidate>; cost: number; ring: number } | null = null;
    search: for (const [ringIndex, dist] of rings.entries()) {
      for (const dir of DIRECTIONS) {
        const c = candidate(p, dir, dist, size);
        let cost = outside(c.box, options.bounds) * 4;
        // Widths are estimates (a short word in wide glyphs runs a pixel or two over): keep a margin.
        const padded = { ...c.box, x: c.box.x - MARGIN, width: c.box.width + 2 * MARGIN };
        for (const o of obstacles) cost += overlapArea(padded, o);
        for (const l of placed) cost += overlapArea(padded, l.box);
        // A further ring costs a little, so a free near spot beats a free far one.
        if (best === null || cost < best.cost) best = { c, cost, ring: ringIndex };
        if (cost === 0) break search;
      }
    }
    const { c, cost, ring } = best!;
    const leader =
      ring === 0
        ? null
        : {
            x1: p.x,
            y1: p.y,
            x2: clamp(p.x, c.box.x, c.box.x + c.box.width),
            y2: clamp(p.y, c.box.y, c.box.y + c.box.height),
          };
    placed.push({ id: p.id, x: c.x, y: c.y, anchor: c.anchor, box: c.box, leader, overlaps: cost > 0 });
  }
  return placed;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
