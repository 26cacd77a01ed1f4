/**
 * Fetches one of the app's own JSON files for a query function: a file that does not arrive
 * within FETCH_TIMEOUT_MS, answers an HTTP error or is not JSON becomes an error naming it, so
 * the view can show Retry.
 */

/** A file that has not arrived after this long is reported as failed. */
export const FETCH_TIMEOUT_MS = 10_000;

/** A file that did not arrive, or arrived unreadable. */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** `await fetchJson('/assets/trade-1a2b.json', 'trade.json', signal)` → the parsed body. */
export async function fetchJson(url: string, file: string, signal?: AbortSignal): Promise<unknown> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (e) {
    if (timeout.aborted) throw new DataLoadError(file, 'no answer from the server');
    throw new DataLoadError(file, (e as Error).message || 'network error');
  }
  if (!response.ok) throw new DataLoadError(file, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new DataLoadError(file, 'not valid JSON');
  }
}
