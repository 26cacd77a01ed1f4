/**
 * One query-options factory per data file. Each file is emitted by Vite as a hashed asset
 * (`?url`) and fetched at run time, so views load only the files they need and the schema
 * library (build-time only) never ships. Types come from the schema by type-only import.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '@data/schema';
import eventsUrl from '@data/events.json?url';
import goodsUrl from '@data/goods.json?url';
import indicatorsUrl from '@data/indicators.json?url';
import partnershipsUrl from '@data/partnerships.json?url';
import placesUrl from '@data/places.json?url';
import sourcesUrl from '@data/sources.json?url';
import tradeUrl from '@data/trade.json?url';

export type { Dataset };
export type DatasetKey = keyof Dataset;

/** Where each file is served from (hashed in a build). */
export const datasetUrls: Record<DatasetKey, string> = {
  sources: sourcesUrl,
  places: placesUrl,
  trade: tradeUrl,
  events: eventsUrl,
  partnerships: partnershipsUrl,
  indicators: indicatorsUrl,
  goods: goodsUrl,
};

/** A data file that did not arrive, or arrived unreadable. */
export class DataLoadError extends Error {
  constructor(
    readonly file: DatasetKey,
    readonly reason: string,
  ) {
    super(`${file}.json: ${reason}`);
  }
}

/** A file that has not arrived after this long is reported as failed, so Retry appears. */
export const FETCH_TIMEOUT_MS = 10_000;

async function fetchDataFile<K extends DatasetKey>(key: K, signal?: AbortSignal): Promise<Dataset[K]> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(datasetUrls[key], {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (e) {
    if (timeout.aborted) throw new DataLoadError(key, 'no answer from the server');
    throw new DataLoadError(key, (e as Error).message || 'network error');
  }
  if (!response.ok) throw new DataLoadError(key, `HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DataLoadError(key, 'not valid JSON');
  }
  if (!Array.isArray(body)) throw new DataLoadError(key, 'not a list of records');
  return body as Dataset[K];
}

/** `queryOptions` for one data file: `useQuery(datasetQuery('trade'))`. */
export function datasetQuery<K extends DatasetKey>(key: K) {
  return queryOptions({
    queryKey: ['dataset', key] as const,
    queryFn: ({ signal }) => fetchDataFile(key, signal),
  });
}
