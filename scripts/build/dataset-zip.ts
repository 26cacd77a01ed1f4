/**
 * The whole dataset as one zip, made at build (`scripts/build/build.ts` writes it to
 * `<outDir>/vietnam-belarus-dataset.zip`):
 *   codebook.md          every file and column, units, flags, CSV conventions, how to cite, licence
 *   sources.csv          the source list, with the records that cite each source
 *   csv/<file>.csv       one CSV per data file, one row per record, nested fields flattened
 *   json/<file>.json     the JSON files themselves, byte for byte
 *
 * The columns and their meanings come from the zod schemas (`data/schema.ts`, read through
 * `z.toJSONSchema`), so a field added there gets a column, and the build fails unless the schema
 * describes it. The zip is reproducible: fixed file order, fixed compression level and every entry
 * dated to the dataset's version date.
 *   npx tsx scripts/build/dataset-zip.ts [outDir]   (writes the zip alone)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { z } from 'zod';
import { dataDir } from '../../data/load-dataset.ts';
import { datasetFiles, type DatasetFileName, type PartMeta, type Source } from '../../data/schema.ts';
import { toCsv } from '../../src/lib/csv/csv.ts';

export const DATASET_ZIP_NAME = 'vietnam-belarus-dataset.zip';
const DASHBOARD_NAME = 'Vietnam–Belarus Relations Dashboard';

/* ------------------------------------------------------------------------------------------ */
/* Columns from the schemas                                                                    */
/* ------------------------------------------------------------------------------------------ */

/** The part of a JSON Schema (draft 2020-12, as `z.toJSONSchema` writes it) that columns need. */
interface JsonSchema {
  type?: string;
  description?: string;
  /** A shared shape's part: its description completes the field's, joined by this (`PartMeta`). */
  follows?: PartMeta['follows'];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
}

/** One CSV column: a leaf of a record's schema, reached by `path` (JSON keys). */
export interface Column {
  /** The path's keys joined by `_`: `period_year`, `title_en`, `documents_title_ru`. */
  name: string;
  path: string[];
  /** Keys of `path` whose value is a list of objects: the column joins their leaves with " | ". */
  lists: string[];
  /** `string`, `number`, `boolean`, `enum`, `literal`, `list` (of text) or `range` (two numbers). */
  type: string;
  /** For `enum` and `literal`: the values allowed. */
  values?: string[];
  /** Absent in some records (optional or nullable, or inside an optional object). */
  optional: boolean;
  /** Its meaning, from the schema's descriptions; absent when the schema gives none. */
  description?: string;
}

/** A record schema's JSON Schema: descriptions and all, through zod's public API. */
export function recordJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema) as JsonSchema;
}

/**
 * The CSV columns of a record schema, each with its description. A shared shape's part (`follows`
 * set) completes the description of the field holding the shape: "Date of the event" + ": " +
 * "first (or only) day, …".
 */
export function schemaColumns(schema: z.ZodType): Column[] {
  const out: Column[] = [];
  /** `words`: the description of the field this node is; `outer`: of the field holding it. */
  const walk = (
    s: JsonSchema,
    path: string[],
    lists: string[],
    optional: boolean,
    words: string | undefined,
    outer: string | undefined,
  ): void => {
    const nullable = s.anyOf?.find((a) => a.type !== 'null');
    if (nullable) return walk(nullable, path, lists, true, words ?? nullable.description, outer);
    if (s.type === 'object') {
      for (const [key, child] of Object.entries(s.properties ?? {})) {
        const childOptional = optional || !(s.required ?? []).includes(key);
        walk(child, [...path, key], lists, childOptional, child.description, words);
      }
      return;
    }
    const item = s.items || undefined;
    if (s.type === 'array' && item?.type === 'object') {
      // The list's items are the field: their parts complete the list's words.
      return walk(item, path, [...lists, path[path.length - 1]!], optional, words, outer);
    }
    const column: Column = { name: path.join('_'), path, lists, type: s.type ?? 'unknown', optional };
    if (s.type === 'integer') column.type = 'number';
    if (s.type === 'array') column.type = s.prefixItems ? 'range' : 'list';
    if (s.enum) Object.assign(column, { type: 'enum', values: s.enum.map(String) });
    if (s.const !== undefined) Object.assign(column, { type: 'literal', values: [String(s.const)] });
    // A part with no field to complete has no meaning of its own: the codebook then fails on it.
    const isPart = s.follows !== undefined && s.description !== undefined;
    column.description = isPart ? outer && `${outer}${s.follows}${s.description}` : s.description;
    out.push(column);
  };
  walk(recordJsonSchema(schema), [], [], false, undefined, undefined);
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* Cells                                                                                       */
/* ------------------------------------------------------------------------------------------ */

export const LIST_SEPARATOR = ' | ';

/** A leaf's value as CSV text: lists joined by " | ", a range `[1, 8]` as `1-8`, absent as "". */
function leafText(value: unknown, type: string): string | number | boolean {
  if (value === undefined || value === null) return '';
  if (type === 'range' && Array.isArray(value)) return value.join('-');
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** One record as a row of cells, by column name (raw values: not yet protected for spreadsheets). */
export function flattenRecord(record: unknown, columns: Column[]): Record<string, string | number | boolean> {
  const row: Record<string, string | number | boolean> = {};
  for (const c of columns) {
    // Follow the path; a key in `lists` fans out over the list's items.
    let values: unknown[] = [record];
    let fanned = false;
    for (const key of c.path) {
      values = values.flatMap((v) => {
        const next = v === undefined || v === null ? undefined : (v as Record<string, unknown>)[key];
        if (c.lists.includes(key)) {
          fanned = true;
          return Array.isArray(next) ? next : [];
        }
        return [next];
      });
    }
    row[c.name] = fanned
      ? values.map((v) => String(leafText(v, c.type))).join(LIST_SEPARATOR)
      : leafText(values[0], c.type);
  }
  return row;
}

// Cells protected for spreadsheets, BOM, CRLF: the same rules as the dashboard's CSV downloads.
export { protectCell, unprotectCell, toCsv } from '../../src/lib/csv/csv.ts';

/* ------------------------------------------------------------------------------------------ */
/* The codebook's words                                                                        */
/* ------------------------------------------------------------------------------------------ */

/** What a file holds: its record schema's description. */
export function fileDescription(file: DatasetFileName): string {
  const description = recordJsonSchema(datasetFiles[file]).description;
  if (!description) throw new Error(`dataset zip: the schema of ${file} has no description`);
  return description;
}

/** The columns of a file, each with its meaning; throws when the schema gives a column none. */
export function describedColumns(
  file: DatasetFileName,
  schema: z.ZodType = datasetFiles[file],
): (Column & { description: string })[] {
  return schemaColumns(schema).map((c) => {
    if (!c.description) {
      throw new Error(
        `dataset zip: the schema (data/schema.ts) gives no meaning for ${file} column "${c.name}"`,
      );
    }
    return { ...c, description: c.description };
  });
}

/* ------------------------------------------------------------------------------------------ */
/* The zip                                                                                     */
/* ------------------------------------------------------------------------------------------ */

const FILE_NAMES = Object.keys(datasetFiles) as DatasetFileName[];
const csvName = (file: DatasetFileName) => file.replace(/\.json$/, '.csv');

/** The dataset's version: its newest source date and a hash of the JSON files' bytes. */
export function datasetVersion(raw: Record<DatasetFileName, Uint8Array>, sources: Source[]) {
  const hash = createHash('sha256');
  for (const f of FILE_NAMES) hash.update(f).update(raw[f]);
  const date = sources.map((s) => s.date).reduce((a, b) => (b > a ? b : a), '');
  return { date, hash: hash.digest('hex').slice(0, 12) };
}

/** Ids of the records citing each source, as `file#id`. */
function citations(records: Record<DatasetFileName, unknown[]>): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const file of FILE_NAMES) {
    for (const r of records[file] as { id: string; sourceId?: string; sourceIds?: string[] }[]) {
      for (const s of [...(r.sourceId ? [r.sourceId] : []), ...(r.sourceIds ?? [])]) {
        if (file === 'sources.json') continue;
        cited.set(s, [...(cited.get(s) ?? []), `${file}#${r.id}`]);
      }
    }
  }
  return cited;
}

const SOURCES_CSV_FIELDS = [
  'id',
  'publisher',
  'title',
  'date',
  'language',
  'kind',
  'url',
  'seedFile',
  'dataset',
];

function sourcesCsv(sources: Source[], cited: Map<string, string[]>): string {
  const rows = sources.map((s) => ({
    ...Object.fromEntries(
      SOURCES_CSV_FIELDS.map((f) => [f, (s as Record<string, unknown>)[f] as string | undefined]),
    ),
    cited_by_count: cited.get(s.id)?.length ?? 0,
    cited_by: (cited.get(s.id) ?? []).join(LIST_SEPARATOR),
  }));
  return toCsv(
    [...SOURCES_CSV_FIELDS, 'cited_by_count', 'cited_by'],
    rows as Record<string, string | number>[],
  );
}

const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function codebook(
  records: Record<DatasetFileName, unknown[]>,
  version: { date: string; hash: string },
  licence: string,
): string {
  const sources = records['sources.json'] as Source[];
  const imf = sources.find((s) => s.id === 'imf-dots');
  const lines: string[] = [
    `# ${DASHBOARD_NAME}: dataset codebook`,
    '',
    `Dataset version **${version.date}** (newest source date), content hash \`${version.hash}\` (SHA-256 of the JSON files, first 12 hex digits). Every figure names its source; nothing is estimated, interpolated, converted or rounded (except the IMF cells, in whole dollars, below).`,
    '',
    '## Contents',
    '',
    '| file | what it holds |',
    '| --- | --- |',
    '| `codebook.md` | this file |',
    '| `sources.csv` | every source, with how many records cite it and which (`cited_by`, as `file#id`, joined by " \\| ") |',
    ...FILE_NAMES.map(
      (f) =>
        `| \`csv/${csvName(f)}\`, \`json/${f}\` | ${md(fileDescription(f))} ${(records[f] ?? []).length} records. |`,
    ),
    '',
    'The JSON files are the dataset as the dashboard loads it, byte for byte; their shapes are defined by the zod schemas in the project’s `data/schema.ts`. Each CSV has one row per record of its JSON file, in the same order.',
    '',
    '## CSV conventions',
    '',
    '- UTF-8 with a byte-order mark (so Excel shows Vietnamese and Russian), comma-separated, CRLF line ends, one header row; cells with commas, quotes or line breaks are in double quotes.',
    '- **Nested fields are flattened** into columns named by their JSON path joined by `_`: `period.year` → `period_year`, `title.en` → `title_en`, `flags.partial` → `flags_partial`.',
    '- **Lists are joined by " | "** (space, bar, space): `sourceIds`, `participants`, `tags`. A list of objects (an event’s `documents`, a goods list’s `items`) gives one column per leaf, each joining the items in the same order, with an empty item where a value is absent, so the n-th item of `documents_en` and of `documents_ru` are the same document.',
    '- **An empty cell** is a value the record does not have (no zero, no guess). Booleans are `true` / `false`.',
    '- **Month ranges, dates and digit strings are kept as text.** A spreadsheet opening a CSV turns `1-8` into 8 January and `2023-12` into 1 December 2023. Such cells are therefore written as a formula giving the text: `="1-8"`, `="2023-12"`, `="2023-12-06"`. Excel, LibreOffice and Google Sheets show `1-8`, `2023-12`, `2023-12-06` as text. In code (pandas, R), strip the leading `="` and the trailing `"`, or read the JSON files instead.',
    '- **Text that a spreadsheet would run as a formula** (a note beginning "+36.3% year on year") starts with a `\'`, which a program should drop.',
    '- Numbers are plain digits with a `.` decimal point and no thousands separator.',
    '',
    '## Units',
    '',
    '- **Trade values (`valueUsd` in `trade.csv` and `official.csv`) are in whole US dollars**, not millions: 151 million is `151000000`.',
    '- `official.csv`: the IMF files are in US$ millions with spreadsheet float noise (`0.080000000000000029`); `valueUsd` is the cell × 1,000,000 rounded to the dollar. DOTS publishes to thousands of dollars at best, so nothing is lost.',
    '- `indicators.csv`: `value` is in `unit` (`people`, `visitors`, `projects`, or `usd` = whole US dollars).',
    '- Dates are written to their precision (`2008`, `2010-05`, `2023-12-06`); `end` is inclusive. Coordinates are decimal degrees (WGS 84).',
    '',
    '## Flags and how to read them',
    '',
    '- `trade.csv` `flags_partial`: the figure covers part of a year (`period_months` other than `1-12`); never compare it with a full year.',
    '- `flags_uncertain` (`trade.csv`, `official.csv`) and `uncertain` (`indicators.csv`): kept as published but doubtful; the note says why. One deliberate exception is flagged: `trade-2006-other-vcci-vn-exports` is stored as US$8.5 million although the page prints "US$8.5 billion" (an evident typo).',
    '- `trade.csv` `flags_conflicting`: another source reports a different figure for the same period and flow; `conflictsWith` names it. Conflicting figures are kept side by side, never merged.',
    '- `official.csv` `flags_estimated`: the IMF marks the cell as its own estimate.',
    '- `qualifier` `over` is a lower bound; `about` and `almost` are as the source words them.',
    '- **Two kinds of trade figure.** `trade.csv` holds figures quoted in the news (with a quote); `official.csv` holds cells of the IMF’s statistical table. Each flow is measured twice in `official.csv` (mirror statistics): goods Vietnam → Belarus are Vietnam’s exports (FOB) and Belarus’s imports from Vietnam (CIF); the two differ and must not be merged. Vietnam’s and Belarus’s figures in `trade.csv` differ too (`reporter`).',
    '- **Gaps are gaps.** An IMF cell that is empty has no record (Vietnam reports no exports to Belarus for 2001–2013 and 2018–2020). Totals and balances are not stored: compute them for a reporter and year only where both flows exist, and say they are computed.',
    '',
    '## Files and fields',
    '',
  ];
  for (const file of FILE_NAMES) {
    lines.push(
      `### \`csv/${csvName(file)}\` (\`json/${file}\`)`,
      '',
      md(fileDescription(file)),
      '',
      '| column | type | meaning |',
      '| --- | --- | --- |',
    );
    for (const c of describedColumns(file)) {
      const type =
        (c.values ? `${c.type}: ${c.values.map((v) => `\`${v}\``).join(', ')}` : c.type) +
        (c.optional ? ' (may be empty)' : '');
      lines.push(`| \`${c.name}\` | ${md(type)} | ${md(c.description)} |`);
    }
    lines.push('');
  }
  const imfCitation = imf
    ? `${imf.publisher}. *${imf.dataset ?? imf.title}*: exports FOB and imports CIF by partner, annual, US$ millions, as reported by Vietnam (\`DOTS_213.xlsx\`) and by Belarus (\`DOTS_18.xlsx\`), 1992–2020. Washington, DC: IMF. Copy used: ${imf.copy?.repository ?? imf.url}, commit \`${imf.copy?.commit ?? ''}\` (${imf.copy?.date ?? imf.date}), ${(imf.copy?.paths ?? []).map((p) => `\`${p}\``).join(' and ')}.`
    : 'International Monetary Fund. Direction of Trade Statistics (DOTS).';
  lines.push(
    '## How to cite',
    '',
    'The dataset (APA style; put the address you downloaded it from and the date you did):',
    '',
    `> ${DASHBOARD_NAME}. (${version.date.slice(0, 4)}). *Vietnam–Belarus relations dataset* (Version ${version.date}, ${version.hash}) [Data set]. Retrieved <date> from <address of the dashboard>/${DATASET_ZIP_NAME}`,
    '',
    'A figure: cite its source as well (`sourceId` → `sources.csv`: publisher, title, date, URL). The IMF statistics in `official.csv`:',
    '',
    `> ${imfCitation}`,
    '',
    '## Licence',
    '',
    "The trade statistics in `official.json` / `official.csv` are the International Monetary Fund's (Direction of Trade Statistics), reusable with attribution under the IMF's terms of use. They were read from the original xlsx files as kept in a public repository, whose licence (of the copy) follows:",
    '',
    '```text',
    licence.trim(),
    '```',
    '',
    'News quotes are short verbatim extracts, each credited to its source in `sources.csv`.',
    '',
  );
  return lines.join('\n');
}

/** Every entry of the zip, by path, in the zip's order. */
export function datasetZipEntries(dir = dataDir): Record<string, Uint8Array> {
  const raw = Object.fromEntries(
    FILE_NAMES.map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]),
  ) as Record<DatasetFileName, Uint8Array>;
  const records = Object.fromEntries(
    FILE_NAMES.map((f) => [f, JSON.parse(Buffer.from(raw[f]).toString('utf8')) as unknown[]]),
  ) as Record<DatasetFileName, unknown[]>;
  const sources = records['sources.json'] as Source[];
  const version = datasetVersion(raw, sources);
  const licence = readFileSync(join(dir, 'raw/imf-dots/LICENSE-of-the-copy.txt'), 'utf8');

  const entries: Record<string, Uint8Array> = {
    'codebook.md': strToU8(codebook(records, version, licence)),
    'sources.csv': strToU8(sourcesCsv(sources, citations(records))),
  };
  for (const file of FILE_NAMES) {
    const columns = schemaColumns(datasetFiles[file]);
    const rows = records[file].map((r) => flattenRecord(r, columns));
    entries[`csv/${csvName(file)}`] = strToU8(
      toCsv(
        columns.map((c) => c.name),
        rows,
      ),
    );
  }
  for (const file of FILE_NAMES) entries[`json/${file}`] = raw[file];
  return entries;
}

/**
 * The zip's bytes. Every entry is dated to the dataset's version date at 00:00 (zip times are
 * local time: the date is built from local parts, so it is the same in every time zone).
 */
export function buildDatasetZip(dir = dataDir): Uint8Array {
  const entries = datasetZipEntries(dir);
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as Source[];
  const [y, m, d] = sources
    .map((s) => s.date)
    .reduce((a, b) => (b > a ? b : a), '1980')
    .split('-')
    .map(Number);
  const mtime = new Date(Math.max(y!, 1980), (m ?? 1) - 1, d ?? 1);
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, [bytes, { mtime, level: 9 }]])),
  );
}

/** Writes `<outDir>/vietnam-belarus-dataset.zip`; returns its path and size. */
export function writeDatasetZip(outDir: string, dir = dataDir): { path: string; bytes: number } {
  const zip = buildDatasetZip(dir);
  const path = join(outDir, DATASET_ZIP_NAME);
  writeFileSync(path, zip);
  return { path, bytes: zip.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { path, bytes } = writeDatasetZip(process.argv[2] ?? 'dist');
  console.log(`wrote ${path} (${Math.round(bytes / 1024)} KB)`);
}
