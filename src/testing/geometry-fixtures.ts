/** Test fixtures for map geometry: shapes and lines given by their corners, never shown in the app. */
import type { Feature, Polygon } from 'geojson';

/** A lon/lat rectangle standing in for a country, its ring closed as GeoJSON wants. */
export function lonLatBox(west: number, south: number, east: number, north: number): Feature<Polygon> {
  const ring = [
    [west, south],
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

type Point = [number, number];

/** A straight "curve" at height `y` through four points at `xs`, shaped like a connector's curve. */
export function levelCurve(
  y: number,
  xs: readonly [number, number, number, number],
): [Point, Point, Point, Point] {
  const at = (x: number): Point => [x, y];
  return [at(xs[0]), at(xs[1]), at(xs[2]), at(xs[3])];
}
