/**
 * The whole dataset as one zip, made at build (`scripts/build/build.ts` writes it to
 * `<outDir>/vietnam-belarus-dataset.zip`):
 *   codebook.md          every file and column, units, flags, CSV conventions, how to cite, licence
 *   sources.csv          the source list, with the records that cite each source
 *   csv/<file>.csv       one CSV per data file, one row per record, nested fields flattened
 *   json/<file>.json     the JSON files themselves, byte for byte
 *
 * The columns come from the zod schemas (`data/schema.ts`), so a field added there gets a column;
 * the codebook must then describe it (`FIELD_NOTES`), or the build fails. The zip is reproducible:
 * fixed file order, fixed compression level and every entry dated to the dataset's version date.
 *   npx tsx scripts/build/dataset-zip.ts [outDir]   (writes the zip alone)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { dataDir } from '../../data/load-dataset.ts';
import { datasetFiles, type DatasetFileName, type Source } from '../../data/schema.ts';
import { toCsv } from '../../src/lib/csv/csv.ts';

export const DATASET_ZIP_NAME = 'vietnam-belarus-dataset.zip';
const DASHBOARD_NAME = 'Vietnam–Belarus Relations Dashboard';

/* ------------------------------------------------------------------------------------------ */
/* Columns from the schemas                                                                    */
/* ------------------------------------------------------------------------------------------ */

interface ZodDef {
  type: string;
  innerType?: unknown;
  shape?: Record<string, unknown>;
  element?: unknown;
  items?: unknown[];
  entries?: Record<string, string>;
  values?: unknown[];
}
const defOf = (schema: unknown): ZodDef => (schema as { _zod: { def: ZodDef } })._zod.def;

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
}

export function schemaColumns(schema: unknown): Column[] {
  const out: Column[] = [];
  const walk = (s: unknown, path: string[], lists: string[], optional: boolean) => {
    const d = defOf(s);
    if (d.type === 'optional' || d.type === 'nullable') return walk(d.innerType, path, lists, true);
    if (d.type === 'object') {
      for (const [key, child] of Object.entries(d.shape ?? {})) walk(child, [...path, key], lists, optional);
      return;
    }
    if (d.type === 'array' && defOf(d.element).type === 'object') {
      return walk(d.element, path, [...lists, path[path.length - 1]!], optional);
    }
    const column: Column = { name: path.join('_'), path, lists, type: d.type, optional };
    if (d.type === 'array') column.type = 'list';
    if (d.type === 'tuple') column.type = 'range';
    if (d.type === 'enum') column.values = Object.values(d.entries ?? {});
    if (d.type === 'literal') column.values = (d.values ?? []).map(String);
    out.push(column);
  };
  walk(schema, [], [], false);
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

/** What each file holds. */
const FILE_NOTES: Record<DatasetFileName, string> = {
  'sources.json':
    'One record per source: the five seed articles (`seedFile`, no URL) and one per distinct URL of the public research, plus the IMF DOTS dataset (`imf-dots`).',
  'places.json':
    'The gazetteer: every place events and partnerships name, with GeoNames coordinates (generated by `scripts/generate/build-places.ts`; never typed by hand).',
  'trade.json':
    'Trade figures quoted in the news: one per reporter, partner, flow and period, each with a verbatim quote. A statement relayed by a journalist, not a statistical table.',
  'official.json':
    'Official trade statistics: the IMF Direction of Trade Statistics (DOTS) as Vietnam and Belarus each report them, 1992–2020, one record per spreadsheet cell (generated by `scripts/generate/build-dots.ts` from the original xlsx files).',
  'events.json':
    'Visits, meetings, talks, agreements, commission sessions, culture days, diplomatic steps and milestones since 1957.',
  'partnerships.json':
    'Partnerships between a Vietnamese and a Belarusian locality (province/city ↔ oblast/city).',
  'indicators.json':
    'Community size, students, tourists, investment projects and capital, as a source states them.',
  'goods.json': 'What each side sells to the other, as one source lists it.',
  'people.json':
    'Every event participant named as readers of each language know them, keyed by the string `events.json` uses in `participants`. Name forms, not facts: no source.',
};

const BILINGUAL = (what: string, lang: 'vi' | 'en' | 'ru' | 'be') =>
  `${what} in ${{ vi: 'Vietnamese (with diacritics)', en: 'English', ru: 'Russian (empty where not known)', be: 'Belarusian (empty where not known)' }[lang]}.`;

const DATE_NOTES = (what: string): Record<string, string> => ({
  start: `${what}: first (or only) day, written to its precision: \`2023-12-06\` (day), \`2010-05\` (month), \`2008\` (year).`,
  end: `${what}: last day of a range, inclusive, to the same precision; empty for a single date.`,
  precision: `${what}: the precision the date is written to.`,
  circa: `${what}: \`true\` when the source does not state the year and it was inferred from context; empty otherwise.`,
});

/** Meaning of every column, by file then column name; `*` holds columns shared by several files. */
const FIELD_NOTES: Record<DatasetFileName | '*', Record<string, string>> = {
  '*': {
    id: 'Record id, lower-case kebab, unique in its file; the dashboard links records by it.',
    sourceId: 'Id of the source the record comes from (`sources.csv`, `csv/sources.csv`).',
    sourceIds: 'Ids of the sources the record comes from, joined by " | " (one or more).',
    quote: 'A short verbatim quote from the source that states the figure or list.',
    qualifier:
      'How the source words the figure: `exact`, `about` ("khoảng", "around"), `almost` ("gần", "nearly", "почти") or `over` ("hơn", "exceeded", "более": a lower bound).',
    note_vi: BILINGUAL('Note for readers', 'vi'),
    note_en: BILINGUAL('Note for readers', 'en'),
    note_ru: BILINGUAL('Note for readers', 'ru'),
    names_vi: BILINGUAL('Name', 'vi'),
    names_en: BILINGUAL('Name', 'en'),
    names_ru: BILINGUAL('Name', 'ru'),
    names_be: BILINGUAL('Name', 'be'),
    aliases:
      'Other forms the sources use for the name (a surname alone, another transcription), joined by " | "; they let a quote that uses them count as naming it.',
    quotes_sourceId:
      'For each stored quote, the source it comes from, joined by " | " (every cited source has at least one).',
    quotes_text:
      'The quotes that back the record\'s place, participants, level and documents, each short and in the source\'s language, joined by " | ".',
    quotes_note:
      "For each quote, `true` when it is the research notes' account of the page rather than the page's own words (no copy of the page is stored); an empty item for a verbatim quote.",
  },
  'sources.json': {
    publisher: 'Who published the source (outlet, ministry, statistics body).',
    title:
      "The source's title; where the research did not record it, reconstructed from the URL or content (the note says so).",
    date: 'Publication date, written to its precision (YYYY, YYYY-MM or YYYY-MM-DD); where not recorded, the date of the latest fact the page reports (the note says so).',
    language: 'Language the source is written in (ISO 639-1).',
    kind: '`official` (government, embassy, president, state portal), `news` (media, company press pages, mirrors) or `statistics` (a statistics body or dataset).',
    url: "Address of the source: the publisher's own page (for a dataset read from a copy, the publisher's page for the dataset; the copy is in `copy_*`); empty for the five seed articles, whose URLs are not known.",
    names_vi:
      "The publisher's established name in Vietnamese; empty where it has none (the original name is used).",
    names_ru:
      "The publisher's established name in Russian; empty where it has none (the original name is used).",
    seedFile: 'For a seed article: its file name in the project’s `shared/seeds/`.',
    dataset: 'For a statistical dataset: its name as the publisher gives it.',
    copy_repository: 'For a dataset read from a copy of the publisher’s files: the repository of the copy.',
    copy_commit: 'The commit of that copy (40 hex digits).',
    copy_paths: 'The paths of the files in that copy, joined by " | ".',
    copy_date: 'The copy’s commit date: the download from the publisher is no later.',
    note: 'Provenance notes (reconstructed title or date, mirrors, cross-checks).',
  },
  'places.json': {
    country: 'Country the place is in (`VN`, `BY`, ...).',
    kind: '`city`, `region` (province, oblast) or `country`.',
    latitude: 'Latitude of the GeoNames point, decimal degrees (WGS 84).',
    longitude: 'Longitude of the GeoNames point, decimal degrees (WGS 84).',
    geonamesId: 'GeoNames id of the point the coordinates come from.',
    coordinateNote:
      'What the point is when it is not the place itself, e.g. "administrative seat: Brest (city)" for a region; a country uses its capital.',
  },
  'trade.json': {
    reporter:
      "Whose statistics the figure is: `VN` (Vietnamese customs, ministry or state media), `BY` (Belarusian officials or state media) or `other` (neither side is clear). The two sides' series differ and must never be merged.",
    partner:
      "Vietnam's trading partner: `BY` for Vietnam–Belarus; `RU`, `KZ`, `AZ` are context figures (Vietnam's 2024 trade with them).",
    flow: '`total` (exports + imports as the source states it), `vn-exports` (Vietnam → Belarus) or `vn-imports` (Belarus → Vietnam).',
    period_year: 'Calendar year the figure covers.',
    period_months:
      'First and last month covered, inclusive, written `from-to`: `1-12` is the full year, `1-8` January–August, `1-3` the first quarter. Written `="1-8"` so a spreadsheet keeps it as text (see "CSV conventions").',
    valueUsd:
      'Value in **whole US dollars** (not millions): "151 million" is `151000000`. As the source states it: nothing is converted, rounded or estimated.',
    flags_partial: '`true` when the period is part of a year (months other than `1-12`).',
    flags_uncertain:
      '`true` when the source is ambiguous about the year, the basis or the figure (the note says why).',
    flags_conflicting: '`true` when another source reports a different figure for the same period and flow.',
    conflictsWith:
      'Ids of the figures that disagree with this one, joined by " | " (the link goes both ways).',
    note: 'Notes for readers: other sources stating the same figure, why a flag is set.',
  },
  'official.json': {
    dataset:
      'The statistical dataset the figure is a cell of: `imf-dots` (IMF Direction of Trade Statistics).',
    reporter: 'The country that reports the figure to the IMF: `VN` (Vietnam) or `BY` (Belarus).',
    partner: "The reporter's trading partner; `WORLD` is the reporter's total with all partners.",
    flow: 'The flow as the reporter states it: `exports` (its exports to the partner) or `imports` (its imports from the partner).',
    basis: '`FOB` (exports, free on board) or `CIF` (imports, with cost, insurance and freight).',
    year: 'Calendar year.',
    valueUsd:
      '**Whole US dollars**: the cell (US$ millions) × 1,000,000, rounded to the dollar (DOTS publishes to thousands of dollars at best, so nothing is lost).',
    flags_uncertain:
      '`true` when the figure is kept as published but is doubtful (Vietnam-reported exports to Belarus, 2014); the note says why.',
    flags_estimated:
      '`true` when the IMF marks the cell as its own estimate ("e"); none of the cells taken is one.',
    cell_file: 'The original xlsx file (`DOTS_213.xlsx` Vietnam, `DOTS_18.xlsx` Belarus).',
    cell_sheet: 'The sheet: `Exports, FOB` or `Imports, CIF`.',
    cell_ref: 'The cell reference, e.g. `AX86`.',
  },
  'events.json': {
    ...prefixed(DATE_NOTES('Date of the event'), 'date'),
    kind: 'What happened.',
    level:
      'The highest level taking part; deputy prime ministers, ministers and deputy ministers are `ministerial`.',
    direction:
      '`vn-to-by` (the Vietnamese side travels to Belarus), `by-to-vn`, `third-country` (elsewhere; `placeId` is the host city) or `bilateral` (not tied to a trip).',
    placeId:
      'Where it happened (an id in `places.csv`), when known; a country place where the city is not known.',
    participants: 'People taking part, by the Latin string `people.csv` keys them by, joined by " | ".',
    title_vi: BILINGUAL('Title written for this dataset', 'vi'),
    title_en: BILINGUAL('Title written for this dataset', 'en'),
    title_ru: BILINGUAL('Title written for this dataset', 'ru'),
    summary_vi: BILINGUAL('One-sentence summary', 'vi'),
    summary_en: BILINGUAL('One-sentence summary', 'en'),
    summary_ru: BILINGUAL('One-sentence summary', 'ru'),
    documents_vi: 'Documents signed, as the source names them, in Vietnamese, joined by " | ".',
    documents_en: 'The same documents in English, in the same order.',
    documents_ru: 'The same documents in Russian, in the same order (an empty item where not known).',
    tags: 'Free tags, joined by " | "; `conflict` marks a fact the sources date differently (the summary says how).',
    partnershipIds: 'Partnerships the event concerns (ids in `partnerships.csv`), joined by " | ".',
    session: 'For a commission session, its number as the sources count it (14 for the 14th).',
  },
  'partnerships.json': {
    vnPlaceId: 'The Vietnamese locality (an id in `places.csv`), named as at signing.',
    byPlaceId: 'The Belarusian locality (an id in `places.csv`).',
    status:
      '`signed` (a source says documents were signed), `proposed` (an intention or proposal only) or `cited` (a source mentions the pair as existing; no signing found).',
    ...prefixed(
      DATE_NOTES(
        'Signing date (for `proposed`, the date of the proposal); all empty when no source gives one',
      ),
      'since',
    ),
    documents_title_vi: 'Documents signed, in Vietnamese, joined by " | ".',
    documents_title_en: 'The same documents in English, in the same order.',
    documents_title_ru: 'The same documents in Russian, in the same order (an empty item where not known).',
    documents_date: 'The date of each document, in the same order (an empty item where not known).',
    quotes_shows:
      'For each quote, what it shows: `signed`, `cited` (a tie without a signing) or `proposed`; the status is never stronger than the strongest.',
  },
  'indicators.json': {
    name: 'What is measured.',
    label_vi: BILINGUAL('Label', 'vi'),
    label_en: BILINGUAL('Label', 'en'),
    label_ru: BILINGUAL('Label', 'ru'),
    ...prefixed(DATE_NOTES('Date the value refers to'), 'date'),
    value: 'The value, in `unit`; money in whole US dollars.',
    unit: '`people`, `visitors`, `projects` or `usd` (whole US dollars).',
    uncertain: '`true` when the source is ambiguous about the figure or its date.',
  },
  'goods.json': {
    year: 'Year the source describes (usually its publication year).',
    flow: '`vn-exports` (Vietnam → Belarus) or `vn-imports` (Belarus → Vietnam).',
    items_vi: 'The goods listed, in Vietnamese, joined by " | ".',
    items_en: 'The same goods in English, in the same order.',
    items_ru: 'The same goods in Russian, in the same order (an empty item where not known).',
  },
  'people.json': {
    name: 'The exact string `events.csv` uses in `participants` (the Latin form).',
    names_en: 'Name in English: the form stored in `participants`.',
    offices_level:
      'The levels of the offices that set an event\'s level (an event\'s `level` is the highest office among its participants on its date), joined by " | ".',
    offices_from: 'When each office began, YYYY or YYYY-MM, in the same order.',
    offices_to: 'When each office ended, in the same order (an empty item: held at the latest event).',
  },
};

function prefixed(notes: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(notes).map(([k, v]) => [`${prefix}_${k}`, v]));
}

/** The meaning of a column; throws when the codebook has none, so no field goes undocumented. */
export function columnNote(file: DatasetFileName, column: string): string {
  const note = FIELD_NOTES[file][column] ?? FIELD_NOTES['*'][column];
  if (!note) throw new Error(`dataset zip: the codebook has no meaning for ${file} column "${column}"`);
  return note;
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
        `| \`csv/${csvName(f)}\`, \`json/${f}\` | ${md(FILE_NOTES[f])} ${(records[f] ?? []).length} records. |`,
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
      md(FILE_NOTES[file]),
      '',
      '| column | type | meaning |',
      '| --- | --- | --- |',
    );
    for (const c of schemaColumns(datasetFiles[file])) {
      const type =
        (c.values ? `${c.type}: ${c.values.map((v) => `\`${v}\``).join(', ')}` : c.type) +
        (c.optional ? ' (may be empty)' : '');
      lines.push(`| \`${c.name}\` | ${md(type)} | ${md(columnNote(file, c.name))} |`);
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
