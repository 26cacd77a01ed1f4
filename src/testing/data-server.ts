/**
 * A stand-in for the static server in jsdom tests: answers fetches of the data files from
 * `data/` on disk, or with a fault a test asked for (`failDataFile('trade', 500)`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DatasetKey } from '@/lib/api/dataset';

const dataDir = resolve(process.cwd(), 'data') + '/';
const faults = new Map<string, number | 'invalid-json'>();

/** Makes the next fetches of one data file fail until `restoreDataFile` or the test ends. */
export function failDataFile(key: DatasetKey, fault: number | 'invalid-json') {
  faults.set(key, fault);
}

export function restoreDataFile(key: DatasetKey) {
  faults.delete(key);
}

export function resetDataServer() {
  faults.clear();
}

export async function serveDataFiles(input: RequestInfo | URL): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const match = /\/([a-z]+)\.json(?:\?.*)?$/.exec(url);
  if (!match) return new Response('not found', { status: 404 });
  const key = match[1]!;
  const fault = faults.get(key);
  if (fault === 'invalid-json') return new Response('{ not json', { status: 200 });
  if (typeof fault === 'number') return new Response('error', { status: fault });
  try {
    const body = readFileSync(`${dataDir}${key}.json`, 'utf8');
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response('not found', { status: 404 });
  }
}
