/**
 * The map's country shapes: a TopoJSON file built by `scripts/generate/build-geo.ts`, shipped with the
 * app as a hashed asset and fetched from the app's own origin (no tile server, no other host).
 */
import { queryOptions } from '@tanstack/react-query';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fetchJson } from '@/lib/api/fetch-json';
import geoUrl from '@data/geo-countries.topo.json?url';

export interface CountryProps {
  /** Which inset the shape belongs to. */
  inset: 'VN' | 'BY';
  /** Set on Vietnam and Belarus themselves; null for the backdrop of neighbours. */
  code: 'VN' | 'BY' | null;
  name: string;
}

export type CountryFeature = Feature<MultiPolygon, CountryProps>;

export type Archipelago = 'hoang-sa' | 'truong-sa';

/** Hoàng Sa and Trường Sa, drawn as part of Vietnam (provenance: `data/raw/islands/README.md`). */
export interface IslandProps {
  inset: 'VN';
  code: 'VN';
  archipelago: Archipelago;
  /** The CIA World Factbook's reference point, [lon, lat]: one more mark and the label's anchor. */
  anchor: [number, number];
  /** The centre of each Natural Earth 1:10m islet polygon, [lon, lat]. */
  marks: [number, number][];
}

export type IslandFeature = Feature<MultiPolygon, IslandProps>;

export interface MapShapes {
  countries: CountryFeature[];
  islands: IslandFeature[];
}

/** The shapes of the committed TopoJSON (also read by tests from disk). */
export function decodeShapes(topo: unknown): MapShapes {
  const t = topo as Topology<{
    countries: GeometryCollection<CountryProps>;
    islands?: GeometryCollection<IslandProps>;
  }>;
  const countries = (feature(t, t.objects.countries) as FeatureCollection<MultiPolygon, CountryProps>)
    .features;
  const islands = t.objects.islands
    ? (feature(t, t.objects.islands) as FeatureCollection<MultiPolygon, IslandProps>).features
    : [];
  return { countries, islands };
}

async function fetchShapes(signal?: AbortSignal): Promise<MapShapes> {
  return decodeShapes(await fetchJson(geoUrl, 'map shapes', signal));
}

/** `useQuery(countriesQuery())`: the shapes never change while the app runs. */
export function countriesQuery() {
  return queryOptions({
    queryKey: ['geo', 'countries'] as const,
    queryFn: ({ signal }) => fetchShapes(signal),
    staleTime: Infinity,
  });
}
