/**
 * The map's country shapes: a TopoJSON file built by `scripts/build-geo.ts`, shipped with the
 * app as a hashed asset and fetched from the app's own origin (no tile server, no other host).
 */
import { queryOptions } from '@tanstack/react-query';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import geoUrl from '@data/geo-countries.topo.json?url';
import { fetchJson } from '@/lib/api/fetch-json';

export interface CountryProps {
  /** Which inset the shape belongs to. */
  inset: 'VN' | 'BY';
  /** Set on Vietnam and Belarus themselves; null for the backdrop of neighbours. */
  code: 'VN' | 'BY' | null;
  name: string;
}

export type CountryFeature = Feature<MultiPolygon, CountryProps>;

async function fetchCountries(signal?: AbortSignal): Promise<CountryFeature[]> {
  const topo = (await fetchJson(geoUrl, 'map shapes', signal)) as Topology<{
    countries: GeometryCollection<CountryProps>;
  }>;
  return (feature(topo, topo.objects.countries) as FeatureCollection<MultiPolygon, CountryProps>).features;
}

/** `useQuery(countriesQuery())`: the shapes never change while the app runs. */
export function countriesQuery() {
  return queryOptions({
    queryKey: ['geo', 'countries'] as const,
    queryFn: ({ signal }) => fetchCountries(signal),
    staleTime: Infinity,
  });
}
