/**
 * Statistics step: builds data/official.json from the IMF's original DOTS files in
 * data/raw/imf-dots/ (see its README). Values are read from the cells, never typed by hand.
 *
 * Each sheet: row 7 holds the years (from column C), then one row per partner with its name in
 * column B; values are US$ millions; an empty cell means the reporter gave no figure and is left
 * out (never zero); a cell written as text "1.23 e" is the IMF's own estimate and is flagged.
 *
 * Read with ExcelJS (a maintained xlsx reader; a build-time dependency only, never shipped).
 *
 * Run: npx tsx scripts/generate/build-dots.ts  (add --check to compare with data/official.json only)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { OfficialFigure } from '../../data/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const rawDir = join(root, 'data/raw/imf-dots');
const outFile = join(root, 'data/official.json');

/** The years the two reporters' series share (Belarus reports from 1992; the copies end in 2020). */
export const DOTS_YEARS = { from: 1992, to: 2020 } as const;

type Reporter = OfficialFigure['reporter'];
type Partner = OfficialFigure['partner'];

/** Which file each reporter's figures are in, and the rows taken from it (partner name in column B). */
export const DOTS_FILES: Record<Reporter, { file: string; partners: Partial<Record<Partner, string>> }> = {
  VN: {
    file: 'DOTS_213.xlsx',
    partners: {
      BY: 'Belarus, Rep. of',
      RU: 'Russian Federation',
      KZ: 'Kazakhstan, Rep. of',
      AZ: 'Azerbaijan, Rep. of',
      WORLD: 'World',
    },
  },
  BY: { file: 'DOTS_18.xlsx', partners: { VN: 'Vietnam', WORLD: 'World' } },
};

const REPORTER_NAMES: Record<Reporter, string> = { VN: 'Vietnam', BY: 'Belarus, Rep. of' };

export const DOTS_SHEETS = [
  { sheet: 'Exports, FOB', flow: 'exports', basis: 'FOB' },
  { sheet: 'Imports, CIF', flow: 'imports', basis: 'CIF' },
] as const;

/** Figures kept as published but flagged, with the reason shown to readers. */
const FLAGGED: Record<string, { note: OfficialFigure['note'] }> = {
  'dots-vn-exports-by-2014': {
    note: {
      en: 'Kept as published but doubtful: 35 times the next year’s figure (US$4.6 million in 2015) and more than twice what Belarus reports importing from Vietnam in 2014 (US$60.8 million).',
      vi: 'Giữ nguyên như số liệu công bố nhưng đáng ngờ: gấp 35 lần số liệu năm sau (4,6 triệu USD năm 2015) và hơn gấp đôi số liệu Belarus báo cáo nhập khẩu từ Việt Nam năm 2014 (60,8 triệu USD).',
      ru: 'Сохранено в опубликованном виде, но вызывает сомнения: в 35 раз больше показателя следующего года (4,6 млн долларов США в 2015 г.) и более чем вдвое больше импорта из Вьетнама, о котором сообщает Беларусь за 2014 г. (60,8 млн долларов США).',
    },
  },
};

/** A cell's value: a number, an IMF estimate written "1.23 e", or nothing. */
export function cellValue(v: ExcelJS.CellValue): { millions: number; estimated: boolean } | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return { millions: v, estimated: false };
  if (typeof v === 'string') {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*(e)?\s*$/.exec(v);
    if (!m) throw new Error(`unreadable cell "${v}"`);
    return { millions: Number(m[1]), estimated: m[2] === 'e' };
  }
  throw new Error(`unexpected cell ${JSON.stringify(v)}`);
}

/** US$ millions with spreadsheet noise (0.080000000000000029) → whole US dollars (80000). */
export const toUsd = (millions: number) => Math.round(millions * 1e6);

export interface DotsCell {
  reporter: Reporter;
  partner: Partner;
  flow: OfficialFigure['flow'];
  basis: OfficialFigure['basis'];
  year: number;
  file: string;
  sheet: string;
  ref: string;
  value: ReturnType<typeof cellValue>;
}

/** Every cell of the rows and years taken, empty ones included (value null). */
export async function readDotsCells(dir = rawDir): Promise<DotsCell[]> {
  const cells: DotsCell[] = [];
  for (const reporter of Object.keys(DOTS_FILES) as Reporter[]) {
    const { file, partners } = DOTS_FILES[reporter];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, file));
    for (const { sheet, flow, basis } of DOTS_SHEETS) {
      const ws = workbook.getWorksheet(sheet);
      if (!ws) throw new Error(`${file}: no sheet "${sheet}"`);
      const unit = String(ws.getCell('B5').value);
      if (unit !== 'US Dollars, Millions') throw new Error(`${file} ${sheet}: unit is "${unit}"`);
      const who = String(ws.getCell('B4').value);
      if (who !== REPORTER_NAMES[reporter]) throw new Error(`${file} ${sheet}: reporter is "${who}"`);
      const yearColumns = new Map<number, number>();
      ws.getRow(7).eachCell((cell, col) => {
        const year = Number(cell.value);
        if (year >= DOTS_YEARS.from && year <= DOTS_YEARS.to) yearColumns.set(year, col);
      });
      for (let year = DOTS_YEARS.from; year <= DOTS_YEARS.to; year++) {
        if (!yearColumns.has(year)) throw new Error(`${file} ${sheet}: no column for ${year}`);
      }
      for (const [partner, name] of Object.entries(partners) as [Partner, string][]) {
        const rows: number[] = [];
        ws.eachRow((row, n) => {
          if (n > 7 && String(row.getCell(2).value).trim() === name) rows.push(n);
        });
        if (rows.length !== 1) throw new Error(`${file} ${sheet}: ${rows.length} rows named "${name}"`);
        const row = ws.getRow(rows[0]!);
        for (const [year, col] of yearColumns) {
          const cell = row.getCell(col);
          cells.push({
            reporter,
            partner,
            flow,
            basis,
            year,
            file,
            sheet,
            ref: cell.address,
            value: cellValue(cell.value),
          });
        }
      }
    }
  }
  return cells;
}

export const officialId = (c: Pick<DotsCell, 'reporter' | 'flow' | 'partner' | 'year'>) =>
  `dots-${c.reporter.toLowerCase()}-${c.flow}-${c.partner.toLowerCase()}-${c.year}`;

/** The dataset's records: one per non-empty cell, in reporter, partner, flow, year order. */
export function officialFigures(cells: DotsCell[]): OfficialFigure[] {
  const figures: OfficialFigure[] = [];
  for (const c of cells) {
    if (c.value === null) continue;
    const id = officialId(c);
    const flagged = FLAGGED[id];
    figures.push({
      id,
      dataset: 'imf-dots',
      reporter: c.reporter,
      partner: c.partner,
      flow: c.flow,
      basis: c.basis,
      year: c.year,
      valueUsd: toUsd(c.value.millions),
      flags: { uncertain: flagged !== undefined, estimated: c.value.estimated },
      ...(flagged ? { note: flagged.note } : {}),
      sourceId: 'imf-dots',
      cell: { file: c.file, sheet: c.sheet, ref: c.ref },
    });
  }
  for (const id of Object.keys(FLAGGED)) {
    if (!figures.some((f) => f.id === id)) throw new Error(`flagged figure ${id} is not in the files`);
  }
  return figures.sort(
    (a, b) =>
      a.reporter.localeCompare(b.reporter) ||
      a.partner.localeCompare(b.partner) ||
      a.flow.localeCompare(b.flow) ||
      a.year - b.year,
  );
}

async function main() {
  const figures = officialFigures(await readDotsCells());
  if (process.argv.includes('--check')) {
    if (JSON.stringify(JSON.parse(readFileSync(outFile, 'utf8'))) !== JSON.stringify(figures)) {
      console.error('data/official.json is not what scripts/generate/build-dots.ts writes; run it');
      process.exit(1);
    }
    console.log('data/official.json is up to date');
    return;
  }
  writeFileSync(outFile, JSON.stringify(figures, null, 2) + '\n');
  console.log(`wrote ${outFile}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
