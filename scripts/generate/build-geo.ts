/**
 * Builds the partner-cities map geometry: `npx tsx scripts/generate/build-geo.ts`.
 *
 * From Natural Earth 1:50m (the `world-atlas` package) it keeps only what the map draws:
 * Vietnam and Belarus whole, plus a backdrop of their neighbours clipped to a box around each
 * inset, then simplifies and quantizes the result into `data/geo-countries.topo.json`
 * (committed; the app fetches it as a hashed asset, so no tile server or other host is used).
 * Prints the raw and gzip sizes; the budget is 60 KB gzip (checked again by a unit test).
 *
 * Vietnam's Hoàng Sa (Paracel) and Trường Sa (Spratly) archipelagos are absent from the 1:50m file;
 * they come from Natural Earth 1:10m (the same package) plus the CIA World Factbook's reference
 * points in `data/raw/islands/` (its README gives the provenance), into a second object `islands`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../../data/geo-countries.topo.json', import.meta.url));
const REFERENCE_POINTS = fileURLToPath(
  new URL('../../data/raw/islands/reference-points.json', import.meta.url),
);
const BUDGET_GZIP = 60 * 1024;

/** ISO 3166 numeric id (world-atlas feature id) → the code the app uses. */
const FOCUS = { '704': 'VN', '112': 'BY' } as const;

/**
 * Lon/lat boxes of each inset's backdrop, a little larger than the inset shows (the app clips
 * to the inset frame), so neighbours reach the frame edge at every layout.
 */
const BOXES = {
  // Reaches east and south past Trường Sa: the Vietnam inset is fitted to include both archipelagos.
  VN: { west: 92, east: 121, south: 3, north: 27 },
  BY: { west: 17, east: 39, south: 48, north: 59 },
} as const;
type Box = (typeof BOXES)[keyof typeof BOXES];

/** Sutherland–Hodgman: one ring clipped to a lon/lat box (planar; fine for boxes this small). */
function clipRing(ring: Position[], box: Box): Position[] {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= box.west, (a, b) => atX(a, b, box.west)],
    [(p) => p[0]! <= box.east, (a, b) => atX(a, b, box.east)],
    [(p) => p[1]! >= box.south, (a, b) => atY(a, b, box.south)],
    [(p) => p[1]! <= box.north, (a, b) => atY(a, b, box.north)],
  ];
  let out = ring.slice(0, -1);
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(cross(prev, cur));
      }
    }
    if (out.length === 0) return [];
  }
  return out.length >= 3 ? [...out, out[0]!] : [];
}

const atX = (a: Position, b: Position, x: number): Position => [
  x,
  a[1]! + ((b[1]! - a[1]!) * (x - a[0]!)) / (b[0]! - a[0]!),
];
const atY = (a: Position, b: Position, y: number): Position => [
  a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!),
  y,
];

function clipPolygons(polygons: Position[][][], box: Box): Position[][][] {
  const out: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map((r) => clipRing(r, box));
    if (!outer || outer.length === 0) continue;
    out.push([outer, ...holes.filter((h) => h.length > 0)]);
  }
  return out;
}

type Archipelago = 'hoang-sa' | 'truong-sa';
type WorldCountries = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

function readCountries(file: string): WorldCountries {
  const world = JSON.parse(readFileSync(require.resolve(file), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return feature(world, world.objects.countries) as WorldCountries;
}

const polygonsOf = (f: Feature<Polygon | MultiPolygon>) =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;

/** Only the Paracel islets lie in this box (Hainan is north of 18° N, Vietnam's coast west of 110° E). */
const PARACEL_BOX = { west: 110.5, east: 113.5, south: 15.5, north: 17.5 };
const inBox = (polygon: Position[][], b: typeof PARACEL_BOX) =>
  polygon[0]!.every(([x, y]) => x! >= b.west && x! <= b.east && y! >= b.south && y! <= b.north);
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The two archipelagos as Vietnam's: their Natural Earth 1:10m polygons, a mark at each polygon's
 * centre (the islets are sub-pixel at inset scale) and the Factbook's reference point.
 */
function islandFeatures(): Feature<
  MultiPolygon,
  { inset: 'VN'; code: 'VN'; archipelago: Archipelago; anchor: Position; marks: Position[] }
>[] {
  const fine = readCountries('world-atlas/countries-10m.json');
  const refs = JSON.parse(readFileSync(REFERENCE_POINTS, 'utf8')) as {
    points: { id: Archipelago; latitude: number; longitude: number }[];
  };
  const polygons: Record<Archipelago, Position[][][]> = {
    'hoang-sa': fine.features
      .filter((f) => f.properties.name === 'China')
      .flatMap(polygonsOf)
      .filter((p) => inBox(p, PARACEL_BOX)),
    'truong-sa': fine.features.filter((f) => f.properties.name === 'Spratly Is.').flatMap(polygonsOf),
  };
  return refs.points.map((ref) => {
    const coordinates = polygons[ref.id];
    if (coordinates.length === 0) throw new Error(`no Natural Earth polygon for ${ref.id}`);
    const marks = coordinates.map((polygon) =>
      geoCentroid({ type: 'Polygon', coordinates: polygon }).map(round3),
    );
    return {
      type: 'Feature',
      properties: {
        inset: 'VN',
        code: 'VN',
        archipelago: ref.id,
        anchor: [ref.longitude, ref.latitude],
        marks,
      },
      geometry: { type: 'MultiPolygon', coordinates },
    };
  });
}

function main() {
  const countries = readCountries('world-atlas/countries-50m.json');
  const features: Feature<MultiPolygon, { inset: string; code: string | null; name: string }>[] = [];
  for (const [inset, box] of Object.entries(BOXES)) {
    for (const f of countries.features) {
      const code = FOCUS[String(f.id) as keyof typeof FOCUS] ?? null;
      if (code !== null && code !== inset) continue;
      const polygons = polygonsOf(f);
      // The focus country is kept whole; neighbours only as far as the inset shows.
      const kept = code === inset ? polygons : clipPolygons(polygons, box);
      if (kept.length === 0) continue;
      features.push({
        type: 'Feature',
        properties: { inset, code, name: f.properties.name },
        geometry: { type: 'MultiPolygon', coordinates: kept },
      });
    }
  }

  // topojson-simplify's types take objects without properties; ours ride along unchanged.
  let topo = topology(
    { countries: { type: 'FeatureCollection', features } as FeatureCollection },
    1e5,
  ) as unknown as Topology<Objects<object>>;
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, 0.55));
  // Islets too small to see at inset scale (in square degrees).
  topo = filter(topo, filterWeight(topo, 0.004));
  // Re-quantize: 1e4 steps over the two boxes' span is well under a pixel at inset scale. The
  // islands join here, after simplification, which would otherwise drop every islet.
  const islands = islandFeatures();
  const quantized = topology(
    {
      countries: feature(topo, topo.objects.countries as GeometryCollection) as FeatureCollection,
      islands: { type: 'FeatureCollection', features: islands } as FeatureCollection,
    },
    1e4,
  );
  // A ring whose winding flips when quantized would paint the whole globe (d3-geo is spherical).
  const decoded = feature(quantized, quantized.objects.islands as GeometryCollection) as FeatureCollection;
  for (const f of decoded.features) {
    if (geoArea(f) > 1e-3)
      throw new Error(`island shape inverted by quantization: ${JSON.stringify(f.properties)}`);
  }
  const json = JSON.stringify(quantized);
  writeFileSync(OUT, json + '\n');
  const gz = gzipSync(json).length;
  const names = features.map((f) => `${f.properties.inset}:${f.properties.name}`).join(', ');
  const isles = islands.map((f) => `${f.properties.archipelago} (${f.properties.marks.length} islets)`);
  console.log(`wrote ${OUT}\n  ${features.length} features (${names})\n  islands: ${isles.join(', ')}`);
  console.log(
    `  ${(json.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip (budget 60 KB)`,
  );
  if (gz > BUDGET_GZIP) {
    console.error('over the gzip budget');
    process.exit(1);
  }
}

main();
