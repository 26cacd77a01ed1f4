/**
 * Pure geometry of the map: two insets (Belarus to the north-west, Vietnam to the south-east,
 * as on a globe) each with its own Mercator projection fitted to the country, and connectors
 * between partner localities drawn as smooth curves from one inset to the other.
 * One projection spanning Eurasia was tried and dropped: at 360 px both countries shrink to a
 * few dozen pixels and their localities cannot be labelled.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';

export type InsetCode = 'VN' | 'BY';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapLayout {
  width: number;
  height: number;
  /** How connectors leave the insets: sideways when they sit side by side, else downwards. */
  flow: 'horizontal' | 'vertical';
  insets: Record<InsetCode, Box>;
}

/** Below this width the insets are stacked diagonally instead of side by side. */
export const NARROW = 640;

export interface LayoutOptions {
  /** Width below which the insets stack (default `NARROW`); an embed keeps them side by side lower. */
  narrow?: number;
  /** Least and most height when side by side (default 420–640 px); an embed's iframe has less to give. */
  minHeight?: number;
  maxHeight?: number;
}

/** Inset frames for a map `width` px wide: 1280 → side by side; 360 → Belarus above Vietnam. */
export function layoutInsets(width: number, options: LayoutOptions = {}): MapLayout {
  const w = Math.max(280, Math.round(width));
  if (w >= (options.narrow ?? NARROW)) {
    const height = Math.round(
      Math.min(options.maxHeight ?? 640, Math.max(options.minHeight ?? 420, w * 0.6)),
    );
    return {
      width: w,
      height,
      flow: 'horizontal',
      insets: {
        BY: { x: 0, y: 0, width: Math.round(w * 0.46), height: Math.round(height * 0.66) },
        VN: { x: Math.round(w * 0.6), y: 0, width: w - Math.round(w * 0.6), height },
      },
    };
  }
  const byHeight = Math.round(w * 0.56);
  const gap = Math.round(w * 0.1);
  const vnHeight = Math.round(w * 1.2);
  return {
    width: w,
    height: byHeight + gap + vnHeight,
    flow: 'vertical',
    insets: {
      BY: { x: 0, y: 0, width: Math.round(w * 0.78), height: byHeight },
      VN: { x: Math.round(w * 0.18), y: byHeight + gap, width: w - Math.round(w * 0.18), height: vnHeight },
    },
  };
}

/**
 * A Mercator projection fitting `country` (a feature, or a collection such as Vietnam with its
 * archipelagos) inside `box` with `padding` px on each side.
 */
export function insetProjection(
  country: Parameters<GeoProjection['fitExtent']>[1],
  box: Box,
  padding = 16,
): GeoProjection {
  return geoMercator().fitExtent(
    [
      [box.x + padding, box.y + padding],
      [box.x + box.width - padding, box.y + box.height - padding],
    ],
    country,
  );
}

/** [longitude, latitude] → [x, y] in the inset, or null if the projection cannot place it. */
export function projectPoint(
  projection: GeoProjection,
  longitude: number,
  latitude: number,
): [number, number] | null {
  const p = projection([longitude, latitude]);
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : null;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A cubic Bézier curve: start, two control points, end. */
export type Curve = [[number, number], [number, number], [number, number], [number, number]];

/**
 * A connector from `a` (in Belarus) to `b` (in Vietnam): a cubic curve leaving each end along
 * the flow. `offset` (px) bows parallel connectors between the same two points apart: 0, then
 * ±1, ±2 steps. The map draws it with `curvePath` and picks clicks against it (`pick-pair.ts`).
 */
export function connectorCurve(
  a: [number, number],
  b: [number, number],
  flow: MapLayout['flow'],
  offset = 0,
): Curve {
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy) || 1;
  // Perpendicular unit vector, for bowing parallel connectors apart.
  const ox = (-dy / len) * offset;
  const oy = (dx / len) * offset;
  const c1: [number, number] = flow === 'horizontal' ? [ax + dx / 2, ay] : [ax, ay + dy / 2];
  const c2: [number, number] = flow === 'horizontal' ? [bx - dx / 2, by] : [bx, by - dy / 2];
  return [
    [ax, ay],
    [c1[0] + ox, c1[1] + oy],
    [c2[0] + ox, c2[1] + oy],
    [bx, by],
  ];
}

/** SVG path of a curve, to 0.1 px: [[0,0],[50,0],[50,50],[100,50]] → "M0,0C50,0 50,50 100,50". */
export function curvePath([p0, c1, c2, p1]: Curve): string {
  const pt = (p: [number, number]) => `${r1(p[0])},${r1(p[1])}`;
  return `M${pt(p0)}C${pt(c1)} ${pt(c2)} ${pt(p1)}`;
}

/**
 * SVG path of a connector (see `connectorCurve`).
 *   connectorPath([0, 0], [100, 50], 'horizontal') → "M0,0C50,0 50,50 100,50"
 */
export function connectorPath(...curve: Parameters<typeof connectorCurve>): string {
  return curvePath(connectorCurve(...curve));
}

/** Offsets for `n` connectors between the same two points: 1 → [0]; 3 → [0, 18, -18]. */
export function parallelOffsets(n: number, step = 18): number[] {
  return Array.from({ length: n }, (_, i) => (i === 0 ? 0 : Math.ceil(i / 2) * step * (i % 2 ? 1 : -1)));
}

/**
 * Moves points that would sit on top of each other (closer than `minDist` px) apart in a
 * row around their middle, so both stay visible and clickable: Minsk (city) and Minsk region
 * share coordinates. Input order is kept.
 */
export function spreadCoincident<T extends { x: number; y: number }>(
  points: readonly T[],
  minDist: number,
): T[] {
  const out = points.map((p) => ({ ...p }));
  const done = new Set<number>();
  for (let i = 0; i < out.length; i++) {
    if (done.has(i)) continue;
    const group = [i];
    for (let j = i + 1; j < out.length; j++) {
      if (!done.has(j) && Math.hypot(out[j]!.x - out[i]!.x, out[j]!.y - out[i]!.y) < minDist) group.push(j);
    }
    if (group.length < 2) continue;
    const cx = group.reduce((s, k) => s + out[k]!.x, 0) / group.length;
    const cy = group.reduce((s, k) => s + out[k]!.y, 0) / group.length;
    group.forEach((k, n) => {
      done.add(k);
      out[k]!.x = cx + (n - (group.length - 1) / 2) * minDist;
      out[k]!.y = cy;
    });
  }
  return out;
}
