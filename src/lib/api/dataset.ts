/**
 * One query-options factory per data file. Each file is emitted by Vite as a hashed asset
 * (`?url`) and fetched at run time, so views load only the files they need and the schema
 * library (build-time only) never ships. Types come from the schema by type-only import.
 */
import { queryOptions } from '@tanstack/react-query';
import eventsUrl from '@data/events.json?url';
import goodsUrl from '@data/goods.json?url';
import indicatorsUrl from '@data/indicators.json?url';
import officialUrl from '@data/official.json?url';
import partnershipsUrl from '@data/partnerships.json?url';
import peopleUrl from '@data/people.json?url';
import placesUrl from '@data/places.json?url';
import type { Dataset } from '@data/schema';
import sourcesUrl from '@data/sources.json?url';
import tradeUrl from '@data/trade.json?url';
import { DataLoadError, fetchJson } from './fetch-json';

export type { Dataset };
export type DatasetKey = keyof Dataset;

/** Where each file is served from (hashed in a build). */
export const datasetUrls: Record<DatasetKey, string> = {
  sources: sourcesUrl,
  places: placesUrl,
  trade: tradeUrl,
  official: officialUrl,
  events: eventsUrl,
  partnerships: partnershipsUrl,
  indicators: indicatorsUrl,
  goods: goodsUrl,
  people: peopleUrl,
};

async function fetchDataFile<K extends DatasetKey>(key: K, signal?: AbortSignal): Promise<Dataset[K]> {
  const body = await fetchJson(datasetUrls[key], `${key}.json`, signal);
  if (!Array.isArray(body)) throw new DataLoadError(`${key}.json`, 'not a list of records');
  return body as Dataset[K];
}

/** `queryOptions` for one data file: `useQuery(datasetQuery('trade'))`. */
export function datasetQuery<K extends DatasetKey>(key: K) {
  return queryOptions({
    queryKey: ['dataset', key] as const,
    queryFn: ({ signal }) => fetchDataFile(key, signal),
  });
}
