/**
 * A stand-in for the static server in jsdom tests (`setup.ts` puts it in place of `fetch`): answers
 * fetches of the data files from `data/` on disk, with the records a test gave instead
 * (`serveData({ trade: [...] })`), or with a fault a test asked for (`failDataFile('trade', 500)`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DatasetKey } from '@/lib/api/dataset';

const dataDir = resolve(process.cwd(), 'data') + '/';
/** A dataset file, or the map's country shapes (`geo-countries.topo.json`). */
export type DataFile = DatasetKey | 'geo-countries';
const faults = new Map<string, number | 'invalid-json'>();
const answers = new Map<string, unknown>();
const requested: string[] = [];

/** Makes the next fetches of one data file fail until `restoreDataFile` or the test ends. */
export function failDataFile(key: DataFile, fault: number | 'invalid-json') {
  faults.set(key, fault);
}

export function restoreDataFile(key: DataFile) {
  faults.delete(key);
}

/**
 * Answers the named files with these records instead of the committed ones until the test ends,
 * so that growing data files never change what a test expects; a promise holds the answer back
 * until it settles. `serveData({ trade: [figure({ year: 2022 })], events: [] })`
 */
export function serveData(files: Partial<Record<DataFile, unknown>>) {
  for (const [key, records] of Object.entries(files)) answers.set(key, records);
}

/** The files fetched since the test began, in the order they were asked for. */
export function requestedDataFiles(): readonly string[] {
  return requested;
}

export function resetDataServer() {
  faults.clear();
  answers.clear();
  requested.length = 0;
}

export async function serveDataFiles(input: RequestInfo | URL): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const match = /\/([a-z-]+)(?:\.topo)?\.json(?:\?.*)?$/.exec(url);
  if (!match) return new Response('not found', { status: 404 });
  const key = match[1]!;
  requested.push(key);
  const fault = faults.get(key);
  if (fault === 'invalid-json') return new Response('{ not json', { status: 200 });
  if (typeof fault === 'number') return new Response('error', { status: fault });
  if (answers.has(key)) return Response.json(await answers.get(key));
  try {
    const body = readFileSync(`${dataDir}${key}.json`, 'utf8');
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response('not found', { status: 404 });
  }
}
