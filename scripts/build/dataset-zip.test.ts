/**
 * The dataset zip, built in memory from the real data: a CSV per data file with one row per
 * record, a codebook naming every field, trade values in whole dollars, month ranges and dates
 * kept as text for spreadsheets, the JSON byte for byte, and the same bytes on every build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataDir } from '../../data/load-dataset.ts';
import { datasetFiles, place, type DatasetFileName } from '../../data/schema.ts';
import {
  buildDatasetZip,
  describedColumns,
  fileDescription,
  schemaColumns,
  unprotectCell,
} from './dataset-zip.ts';

const FILES = Object.keys(datasetFiles) as DatasetFileName[];
const readJson = (file: DatasetFileName) =>
  JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as Record<string, unknown>[];

/** An entry's bytes as UTF-8 text, byte-order mark kept (TextDecoder would drop it). */
const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes!).toString('utf8');

/** A CSV entry as rows of text, by header. */
function readCsv(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Column names from the records themselves (not from the schema): JSON paths joined by `_`. */
function recordColumns(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  // An empty list or a null date names no leaf (other records, or the schema, do).
  if (value === null || (Array.isArray(value) && value.length === 0 && prefix !== '')) return out;
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) {
    value.forEach((v) => recordColumns(v, prefix, out));
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) recordColumns(v, prefix ? `${prefix}_${k}` : k, out);
  } else {
    out.add(prefix);
  }
  return out;
}

/** Cells a spreadsheet would turn into a date: `1-8`, `12/2023`, `2023-12`, `2023-12-06` (numbers such as a latitude `53.9` are numbers). */
const DATE_LIKE = /^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/;

let entries: Record<string, Uint8Array>;
let zip: Uint8Array;

describe('dataset zip', () => {
  beforeAll(() => {
    zip = buildDatasetZip();
    entries = unzipSync(zip);
  });

  it('holds the codebook, the source list, a CSV and the JSON of every data file', () => {
    expect(Object.keys(entries).sort()).toEqual(
      [
        'codebook.md',
        'sources.csv',
        ...FILES.map((f) => `csv/${f.replace('.json', '.csv')}`),
        ...FILES.map((f) => `json/${f}`),
      ].sort(),
    );
  });

  it.each(FILES)('%s: a CSV with one row per record, in order, and the JSON byte for byte', (file) => {
    const records = readJson(file);
    const rows = readCsv(text(entries[`csv/${file.replace('.json', '.csv')}`]));
    expect(rows.length).toBe(records.length);
    expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
    // Every field a record has is a column.
    const header = Object.keys(rows[0]!);
    for (const c of recordColumns(records)) expect(header).toContain(c);
    expect(Buffer.from(entries[`json/${file}`]!).equals(readFileSync(join(dataDir, file)))).toBe(true);
  });

  it('the codebook names and explains every field of every schema, file by file', () => {
    const codebook = text(entries['codebook.md']);
    for (const file of FILES) {
      const start = codebook.indexOf(`### \`csv/${file.replace('.json', '.csv')}\``);
      expect(start, file).toBeGreaterThan(-1);
      const next = codebook.indexOf('\n### ', start + 1);
      const section = codebook.slice(start, next === -1 ? undefined : next);
      const names = new Set([
        ...schemaColumns(datasetFiles[file]).map((c) => c.name),
        ...recordColumns(readJson(file)),
      ]);
      for (const name of names)
        expect(section, `${file} ${name}`).toMatch(new RegExp(`\\| \`${name}\` \\| [^|]+ \\| .{10,}`));
    }
    expect(codebook).toContain('whole US dollars');
    expect(codebook).toMatch(
      /## How to cite[\s\S]*International Monetary Fund[\s\S]*## Licence[\s\S]*MIT License/,
    );
    expect(codebook).toContain(
      readFileSync(join(dataDir, 'raw/imf-dots/LICENSE-of-the-copy.txt'), 'utf8').trim(),
    );
  });

  it('trade values are in whole US dollars, as stored', () => {
    const rows = readCsv(text(entries['csv/trade.csv']));
    const jan2011 = rows.find((r) => r.id === 'trade-2011-jan-aug-vn')!;
    expect(jan2011.valueUsd).toBe('151000000');
    const official = readCsv(text(entries['csv/official.csv']));
    for (const [file, csv] of [
      ['trade.json', rows],
      ['official.json', official],
    ] as const) {
      const byId = new Map(readJson(file).map((r) => [r.id, r.valueUsd]));
      for (const r of csv) {
        expect(r.valueUsd).toMatch(/^\d+$/);
        expect(Number(r.valueUsd)).toBe(byId.get(r.id));
      }
    }
  });

  it('month ranges and dates survive a spreadsheet as text', () => {
    const trade = readCsv(text(entries['csv/trade.csv']));
    const jan2011 = trade.find((r) => r.id === 'trade-2011-jan-aug-vn')!;
    expect(jan2011.period_months).toBe('="1-8"');
    expect(unprotectCell(jan2011.period_months!)).toBe('1-8');
    const events = readCsv(text(entries['csv/events.csv']));
    const month = events.find((r) => r.date_precision === 'month')!;
    expect(month.date_start).toMatch(/^="\d{4}-\d{2}"$/);
    // No cell anywhere is left for a spreadsheet to read as a date, or to run as a formula.
    for (const [path, bytes] of Object.entries(entries)) {
      if (!path.endsWith('.csv')) continue;
      for (const row of readCsv(text(bytes))) {
        for (const [column, cell] of Object.entries(row)) {
          expect(DATE_LIKE.test(cell), `${path} ${row.id} ${column}: ${cell}`).toBe(false);
          expect(/^[+\-@]/.test(cell), `${path} ${row.id} ${column}: ${cell}`).toBe(false);
        }
      }
    }
  });

  it('flattens nested fields and joins lists with " | "', () => {
    const events = readCsv(text(entries['csv/events.csv']));
    const records = readJson('events.json') as { id: string; sourceIds: string[]; title: { en: string } }[];
    const multi = records.find((r) => r.sourceIds.length > 1)!;
    const row = events.find((r) => r.id === multi.id)!;
    expect(row.sourceIds).toBe(multi.sourceIds.join(' | '));
    expect(row.title_en).toBe(multi.title.en);
  });

  it('the source list names the records citing each source', () => {
    const rows = readCsv(text(entries['sources.csv']));
    expect(rows.length).toBe(readJson('sources.json').length);
    const imf = rows.find((r) => r.id === 'imf-dots')!;
    expect(Number(imf.cited_by_count)).toBe(readJson('official.json').length);
    expect(imf.cited_by?.split(' | ')[0]).toMatch(/^official\.json#dots-/);
  });

  it('is the same bytes on every build, in any time zone', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Ho_Chi_Minh';
      const a = buildDatasetZip();
      process.env.TZ = 'America/Los_Angeles';
      const b = buildDatasetZip();
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      expect(Buffer.from(a).equals(Buffer.from(zip))).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

// Apart from the zip, so that a missing description fails here by name, not only in the build.
describe('the codebook’s meanings', () => {
  it('every file and every column of it has its meaning from the schema', () => {
    for (const file of FILES) {
      expect(fileDescription(file).length, file).toBeGreaterThan(20);
      for (const c of schemaColumns(datasetFiles[file]))
        expect(c.description?.length ?? 0, `${file} ${c.name}`).toBeGreaterThan(10);
    }
  });

  it('a date or a text in several languages words its parts once, completing the field’s words', () => {
    const events = new Map(schemaColumns(datasetFiles['events.json']).map((c) => [c.name, c.description]));
    expect(events.get('date_start')).toMatch(
      /^Date of the event: first \(or only\) day, written to its precision/,
    );
    expect(events.get('title_vi')).toBe('Title written for this dataset in Vietnamese (with diacritics).');
    const since = schemaColumns(datasetFiles['partnerships.json']).find((c) => c.name === 'since_end')!;
    expect(since.description).toMatch(/^Signing date .*: last day of a range, inclusive/);
    expect(since.optional).toBe(true);
  });

  it('a field added without a description stops the build, naming the file and the column', () => {
    const undescribed = place.extend({ elevation: z.number() });
    expect(() => describedColumns('places.json', undescribed)).toThrow(/places\.json column "elevation"/);
  });
});
