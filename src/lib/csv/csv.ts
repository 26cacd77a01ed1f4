/**
 * Spreadsheet-safe CSV, shared by the views' "Download CSV" buttons, the Trade table's download
 * and the dataset zip (`scripts/build/dataset-zip.ts`). Papa Parse does the quoting; this module adds
 * what a spreadsheet needs on top: text that looks like a date stays text, text that looks like a
 * formula is not run, and the file starts with a byte-order mark so Excel reads it as UTF-8.
 */
import Papa from 'papaparse';

/** A cell before it is written: absent values (`undefined`, `null`) become empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/** Several values in one cell (source ids, participants) are joined by this. */
export const LIST_SEPARATOR = ' | ';

/**
 * Text a spreadsheet would turn into a date or a number: a month range (`1-8`), a date written to
 * its precision (`2023-12`, `2023-12-06`, `6/12/2023`, `06.12.2023`), a range of such dates
 * (`2024-01/2024-08`), digits with a leading zero or too many for a number, digits in scientific
 * notation (`5e10`). A year alone (`2008`) stays: as a number it is the same.
 */
const LOOKS_LIKE_DATE_OR_NUMBER =
  /^(\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?|\d{4}(-\d{2}){0,2}\/\d{4}(-\d{2}){0,2}|0\d+|\d{16,}|\d+(\.\d+)?[eE][+-]?\d+)$/;
/** Text a spreadsheet would run as a formula (`+36.3% year on year`, `=HYPERLINK(...)`). */
const LOOKS_LIKE_FORMULA = /^[=+\-@\t\r]/;

/**
 * A cell as written to the CSV. Text a spreadsheet would read as a date or number is written as
 * the formula `="1-8"`, which Excel, LibreOffice and Google Sheets show as the text `1-8`; text a
 * spreadsheet would run as a formula gets a leading `'`. Numbers and booleans stay as they are.
 *   protectCell('2024-01/2024-08') → '="2024-01/2024-08"';  protectCell('=1+1') → "'=1+1"
 */
export function protectCell(value: string | number | boolean): string | number | boolean {
  if (typeof value !== 'string' || value === '') return value;
  if (LOOKS_LIKE_DATE_OR_NUMBER.test(value)) return `="${value}"`;
  if (LOOKS_LIKE_FORMULA.test(value)) return `'${value}`;
  return value;
}

/** Undoes `protectCell` for a text cell, as a program reading the CSV would. */
export function unprotectCell(cell: string): string {
  const m = /^="(.*)"$/.exec(cell);
  if (m) return m[1]!;
  if (/^'[=+\-@\t\r]/.test(cell)) return cell.slice(1);
  return cell;
}

/** A list as one cell: `['a', 'b']` → `a | b` (an empty item stays, so parallel lists line up). */
export const joinList = (values: readonly (string | undefined)[]): string =>
  values.map((v) => v ?? '').join(LIST_SEPARATOR);

/**
 * The header and one line per row, cells protected, CRLF between lines; no byte-order mark and
 * no final line break (`csvFile` adds both).
 */
export function csvText(fields: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const data = rows.map((r) => fields.map((f) => protectCell(r[f] ?? '')));
  // Papa's own formula escaping is off: protectCell does it, and also keeps dates as text.
  return Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', escapeFormulae: false });
}

const BOM = '\uFEFF';

/** CSV text as a file: UTF-8 byte-order mark first (so Excel reads Vietnamese and Russian), CRLF last. */
export function csvFile(text: string): string {
  return (text.startsWith(BOM) ? '' : BOM) + text + (text.endsWith('\r\n') ? '' : '\r\n');
}

/** A whole CSV file: byte-order mark, header row, one line per row, CRLF line ends. */
export function toCsv(fields: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  return csvFile(csvText(fields, rows));
}

/**
 * A file-name part: lower case, Latin letters without diacritics (`Hà Nội` → `ha-noi`), other
 * scripts kept (`Минск` → `минск`), anything else a single dash, at most 40 characters.
 */
export function slugPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

/** The years a file covers: a range, or everything in place by a year (`until-2024`). */
export type FileYears = { from: number; to: number } | { to: number };

/**
 * A download's file name: the view, its filters in the order given, then the years.
 *   csvFileName('visits', ['agreement', 'Hà Nội'], { from: 2010, to: 2024 })
 *     → 'vietnam-belarus-visits-agreement-ha-noi-2010-2024.csv'
 *   csvFileName('partners', ['signed'], { to: 2024 }) → 'vietnam-belarus-partners-signed-until-2024.csv'
 */
export function csvFileName(view: string, filters: readonly string[], years: FileYears): string {
  const span = 'from' in years ? `${years.from}-${years.to}` : `until-${years.to}`;
  const parts = [view, ...filters].map(slugPart).filter((p) => p !== '');
  return `vietnam-belarus-${parts.join('-').slice(0, 100).replace(/-+$/, '')}-${span}.csv`;
}
