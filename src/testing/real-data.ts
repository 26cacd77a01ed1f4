/** The committed data files, read from disk for tests that check a rule on the real records. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** `readDataJson<Place[]>('places.json')`: a file of `data/`, parsed (not validated). */
export function readDataJson<T>(file: string): T {
  return JSON.parse(readFileSync(resolve(process.cwd(), 'data', file), 'utf8')) as T;
}
