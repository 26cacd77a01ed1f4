/**
 * What the partners map draws, computed without React so tests can lay out the real map at any
 * width: each inset's projection, the localities' positions, every label, and the connectors'
 * curves (which also decide which pair a click means, see `pick-pair.ts`).
 */
import type { GeoProjection } from 'd3-geo';
import type { Partnership, Place } from '@data/schema';
import type { Archipelago, CountryFeature, IslandFeature } from '../api/geo-query';
import { archipelagoLabels, markBoxes, type ProjectedArchipelago, vietnamFitTarget } from './islands';
import { placeLabels, type LabelInput, type PlacedLabel } from './label-placement';
import {
  connectorCurve,
  insetProjection,
  parallelOffsets,
  projectPoint,
  spreadCoincident,
  type Curve,
  type InsetCode,
  type MapLayout,
} from './map-layout';

export const INSETS: InsetCode[] = ['BY', 'VN'];
/** Font sizes (px) of locality and island labels, and the radius of a locality's symbol. */
export const FONT = 12;
export const ISLAND_FONT = 11;
export const R = 5;
/** The inset title's box (uppercase, letter-spaced), kept clear of labels. */
const titleBox = (b: { x: number; y: number }) => ({ x: b.x + 6, y: b.y + 6, width: 80, height: 20 });

/** Each inset's projection; Vietnam's is fitted to the mainland and both archipelagos. */
export function insetProjections(
  countries: readonly CountryFeature[],
  islands: readonly IslandFeature[],
  layout: MapLayout,
): Partial<Record<InsetCode, GeoProjection>> {
  const out: Partial<Record<InsetCode, GeoProjection>> = {};
  for (const code of INSETS) {
    const focus = countries.find((f) => f.properties.code === code);
    if (!focus) continue;
    const target = code === 'VN' ? vietnamFitTarget(focus, islands) : focus;
    out[code] = insetProjection(target, layout.insets[code]);
  }
  return out;
}

export interface MapPoint {
  place: Place;
  x: number;
  y: number;
}

/** Vietnamese and Belarusian localities in their insets, coincident ones (Minsk, Minsk region) spread apart. */
export function projectPlaces(
  places: readonly Place[],
  projections: Partial<Record<InsetCode, GeoProjection>>,
): MapPoint[] {
  const projected = places.flatMap((place) => {
    const projection =
      place.country === 'VN' || place.country === 'BY' ? projections[place.country] : undefined;
    const xy = projection ? projectPoint(projection, place.longitude, place.latitude) : null;
    return xy ? [{ place, x: xy[0], y: xy[1] }] : [];
  });
  return spreadCoincident(projected, 2 * R + 4);
}

export interface LabelTexts {
  /** A locality's name in the map's language. */
  place: (p: Place) => string;
  island: (a: Archipelago) => string;
  sea: string;
}

/**
 * Every label of the map by id (place id, `islands:<archipelago>`, `sea`): per inset, the
 * localities with most pairs first, then the archipelagos and the sea around them.
 */
export function mapLabels(
  points: readonly MapPoint[],
  counts: ReadonlyMap<string, number>,
  layout: MapLayout,
  isles: readonly ProjectedArchipelago[],
  texts: LabelTexts,
): Map<string, PlacedLabel> {
  const out = new Map<string, PlacedLabel>();
  for (const code of INSETS) {
    const inputs: LabelInput[] = points
      .filter((p) => p.place.country === code)
      .sort((a, b) => (counts.get(b.place.id) ?? 0) - (counts.get(a.place.id) ?? 0))
      .map((p) => ({ id: p.place.id, x: p.x, y: p.y, text: texts.place(p.place), r: R + 1 }));
    if (code === 'VN') inputs.push(...archipelagoLabels(isles, texts.island, ISLAND_FONT, texts.sea));
    const placed = placeLabels(inputs, {
      fontSize: FONT,
      bounds: layout.insets[code],
      obstacles: [titleBox(layout.insets[code]), ...(code === 'VN' ? markBoxes(isles) : [])],
    });
    for (const l of placed) out.set(l.id, l);
  }
  return out;
}

/** One curve per drawn pair; pairs between the same two localities bow apart. */
export function pairCurves(
  pairs: readonly Partnership[],
  points: readonly MapPoint[],
  flow: MapLayout['flow'],
): { pair: Partnership; curve: Curve }[] {
  const xy = new Map(points.map((p) => [p.place.id, [p.x, p.y] as [number, number]]));
  const key = (p: Partnership) => `${p.byPlaceId}|${p.vnPlaceId}`;
  const groups = new Map<string, number>();
  for (const p of pairs) groups.set(key(p), (groups.get(key(p)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return pairs.flatMap((p) => {
    const a = xy.get(p.byPlaceId);
    const b = xy.get(p.vnPlaceId);
    if (!a || !b) return [];
    const n = seen.get(key(p)) ?? 0;
    seen.set(key(p), n + 1);
    return [{ pair: p, curve: connectorCurve(a, b, flow, parallelOffsets(groups.get(key(p))!)[n]!) }];
  });
}
