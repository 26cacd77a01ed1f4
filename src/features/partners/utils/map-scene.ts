/**
 * What the partners map draws, computed without React so tests can lay out the real map at any
 * width: `mapScene()` composes the steps below into the layout, each inset's country outlines,
 * Vietnam's archipelagos, the localities' positions, every label, and the connectors' curves
 * (which also decide which pair a click means, see `pick-pair.ts`).
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Partnership, Place } from '@data/schema';
import type { Archipelago, CountryFeature, IslandFeature } from '../api/geo-query';
import {
  archipelagoLabels,
  markBoxes,
  projectArchipelagos,
  type ProjectedArchipelago,
  vietnamFitTarget,
} from './islands';
import { placeLabels, type LabelInput, type PlacedLabel } from './label-placement';
import {
  connectorCurve,
  insetProjection,
  layoutInsets,
  parallelOffsets,
  projectPoint,
  spreadCoincident,
  type Curve,
  type InsetCode,
  type LayoutOptions,
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

/** SVG path data of one shape, with the decimals kept (d3's default is 3). */
const pathOf = (projection: GeoProjection, digits: number) => {
  const path = geoPath(projection).digits(digits);
  return (f: CountryFeature | IslandFeature) => path(f) ?? '';
};

export interface CountryShape {
  feature: CountryFeature;
  /** SVG path data in the inset's projection. */
  d: string;
}

/** Each inset's countries as SVG paths: the neighbours first, the focus country last so its outline sits on top. */
export function countryShapes(
  countries: readonly CountryFeature[],
  projections: Partial<Record<InsetCode, GeoProjection>>,
  digits = 3,
): Partial<Record<InsetCode, CountryShape[]>> {
  const out: Partial<Record<InsetCode, CountryShape[]>> = {};
  for (const code of INSETS) {
    const projection = projections[code];
    if (!projection) continue;
    const path = pathOf(projection, digits);
    out[code] = countries
      .filter((f) => f.properties.inset === code)
      .sort((a, b) => Number(a.properties.code !== null) - Number(b.properties.code !== null))
      .map((feature) => ({ feature, d: path(feature) }));
  }
  return out;
}

export interface IslandShape {
  archipelago: Archipelago;
  d: string;
}

/** Vietnam's archipelagos in the Vietnam inset: the islets' outlines, and their marks and reference points. */
export function vietnamIslands(
  islands: readonly IslandFeature[],
  projection: GeoProjection | undefined,
  digits = 3,
): { shapes: IslandShape[]; projected: ProjectedArchipelago[] } {
  if (!projection) return { shapes: [], projected: [] };
  const path = pathOf(projection, digits);
  return {
    shapes: islands.map((f) => ({ archipelago: f.properties.archipelago, d: path(f) })),
    projected: projectArchipelagos(projection, islands),
  };
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

export interface MapSceneInput {
  /** The map's width, px. */
  width: number;
  layoutOptions?: LayoutOptions;
  countries: readonly CountryFeature[];
  /** Hoàng Sa and Trường Sa, drawn as part of Vietnam. */
  islands: readonly IslandFeature[];
  /** Localities to draw; those outside both insets are left out. */
  places: readonly Place[];
  /** Pairs to draw as connectors. */
  pairs: readonly Partnership[];
  /** Pairs per locality: the busiest get their labels placed first. */
  counts: ReadonlyMap<string, number>;
  texts: LabelTexts;
  /** Decimals of the shapes' path data (default 3). */
  digits?: number;
}

export interface MapScene {
  layout: MapLayout;
  countries: Partial<Record<InsetCode, CountryShape[]>>;
  islands: { shapes: IslandShape[]; projected: ProjectedArchipelago[] };
  points: MapPoint[];
  labels: Map<string, PlacedLabel>;
  curves: { pair: Partnership; curve: Curve }[];
}

/** Everything the map draws at `input.width`, composed of the steps above. */
export function mapScene(input: MapSceneInput): MapScene {
  const { countries, islands, places, pairs, counts, texts, digits } = input;
  const layout = layoutInsets(input.width, input.layoutOptions);
  const projections = insetProjections(countries, islands, layout);
  const isles = vietnamIslands(islands, projections.VN, digits);
  const points = projectPlaces(places, projections);
  return {
    layout,
    countries: countryShapes(countries, projections, digits),
    islands: isles,
    points,
    labels: mapLabels(points, counts, layout, isles.projected, texts),
    curves: pairCurves(pairs, points, layout.flow),
  };
}
