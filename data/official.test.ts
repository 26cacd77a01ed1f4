/**
 * The official statistics against their original files: every figure in official.json is
 * re-read from the xlsx cell it names (row = the partner, column = the year), and every
 * non-empty cell of the rows taken is in the dataset. Empty cells stay absent, never zero.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DOTS_FILES,
  DOTS_SHEETS,
  DOTS_YEARS,
  officialId,
  rawDir,
  readDotsCells,
} from '../scripts/generate/build-dots';
import { readDatasetFiles } from './load-dataset';
import type { OfficialFigure } from './schema';

const official = readDatasetFiles().files['official.json'] as OfficialFigure[];
const byId = new Map(official.map((f) => [f.id, f]));
const books = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  for (const { file } of Object.values(DOTS_FILES)) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(rawDir, file));
    books.set(file, book);
  }
});

describe('official.json (IMF DOTS)', () => {
  it('holds each figure exactly as its cell gives it, in whole US dollars', () => {
    expect(official.length).toBeGreaterThan(250);
    for (const f of official) {
      const sheet = books.get(f.cell.file)!.getWorksheet(f.cell.sheet)!;
      const cell = sheet.getCell(f.cell.ref);
      const row = sheet.getRow(Number(cell.row));
      // The cell's row is the partner's and its column the year's.
      expect(String(row.getCell(2).value).trim(), f.id).toBe(DOTS_FILES[f.reporter].partners[f.partner]);
      expect(Number(sheet.getRow(7).getCell(Number(cell.col)).value), f.id).toBe(f.year);
      expect(
        DOTS_SHEETS.find((s) => s.sheet === f.cell.sheet),
        f.id,
      ).toMatchObject({
        flow: f.flow,
        basis: f.basis,
      });
      const raw = cell.value;
      const millions = typeof raw === 'number' ? raw : Number(String(raw).replace(/\s*e\s*$/, ''));
      expect(f.valueUsd, f.id).toBe(Math.round(millions * 1e6));
    }
  });

  it('leaves out every empty cell and takes every filled one', async () => {
    const cells = await readDotsCells();
    // Two reporters: Vietnam with 5 partners, Belarus with 2, both flows, 1992–2020.
    expect(cells).toHaveLength((5 + 2) * 2 * (DOTS_YEARS.to - DOTS_YEARS.from + 1));
    for (const c of cells) {
      const f = byId.get(officialId(c));
      if (c.value === null) expect(f, officialId(c)).toBeUndefined();
      else expect(f?.cell.ref, officialId(c)).toBe(c.ref);
    }
    expect(cells.filter((c) => c.value !== null)).toHaveLength(official.length);
  });

  it('keeps the gaps the README names: Vietnam reports no exports to Belarus for 2001–2013 and 2018–2020', () => {
    const years = official
      .filter((f) => f.reporter === 'VN' && f.partner === 'BY' && f.flow === 'exports')
      .map((f) => f.year);
    for (let y = 2001; y <= 2013; y++) expect(years).not.toContain(y);
    for (const y of [2018, 2019, 2020]) expect(years).not.toContain(y);
    expect(years).toContain(2014);
  });

  it('keeps the 2014 outlier as published, flagged uncertain with a note in every language', () => {
    const f = byId.get('dots-vn-exports-by-2014')!;
    expect(f.valueUsd).toBe(160217592);
    expect(f.flags.uncertain).toBe(true);
    expect(f.note?.en).toMatch(/doubtful/);
    expect(f.note?.vi).toBeTruthy();
    expect(f.note?.ru).toBeTruthy();
    expect(official.filter((o) => o.flags.uncertain).map((o) => o.id)).toEqual([f.id]);
  });

  it('gives the 2011 mirror pair of the README: 164.3 (Belarus) against 199.3 (Vietnam)', () => {
    expect(Math.round(byId.get('dots-by-exports-vn-2011')!.valueUsd / 1e5) / 10).toBe(164.3);
    expect(Math.round(byId.get('dots-vn-imports-by-2011')!.valueUsd / 1e5) / 10).toBe(199.3);
  });
});
