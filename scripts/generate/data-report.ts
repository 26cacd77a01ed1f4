/**
 * The dataset's coverage report, generated: `npm run data:report` writes data/COVERAGE.md
 * (`--check` only compares; data/coverage.test.ts fails when the file is not current). Every
 * count and gap in it is worked out from the data, so it cannot drift from it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, readDataset } from '../../data/load-dataset';
import type { Dataset, TradeFigure } from '../../data/schema';
import { commissionGaps, runLabels } from '../../src/features/visits/utils/commission-gaps';

const year = (s: string) => Number(s.slice(0, 4));
const span = (years: number[]) => (years.length === 0 ? '–' : `${Math.min(...years)}–${Math.max(...years)}`);

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return new Map([...m.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export function coverageReport(d: Dataset): string {
  const out: string[] = [];
  const eventYears = d.events.map((e) => year(e.date.start));
  const by = d.trade.filter((t) => t.partner === 'BY');
  const context = d.trade.filter((t) => t.partner !== 'BY');

  out.push('## Records per file\n');
  out.push(
    table(
      ['file', 'records', 'years covered'],
      [
        ['sources.json', d.sources.length, span(d.sources.map((s) => year(s.date)))],
        ['places.json', d.places.length, '–'],
        ['trade.json (partner BY)', by.length, span(by.map((t) => t.period.year))],
        ['trade.json (context RU/KZ/AZ)', context.length, span(context.map((t) => t.period.year))],
        ['official.json (IMF DOTS cells)', d.official.length, span(d.official.map((o) => o.year))],
        ['events.json', d.events.length, span(eventYears)],
        [
          'partnerships.json',
          d.partnerships.length,
          span(d.partnerships.flatMap((p) => (p.since ? [year(p.since.start)] : []))),
        ],
        ['indicators.json', d.indicators.length, span(d.indicators.map((i) => year(i.date.start)))],
        ['goods.json', d.goods.length, span(d.goods.map((g) => g.year))],
      ],
    ),
  );

  out.push('\n## Sources\n');
  out.push(
    `${d.sources.length} sources (${d.sources.filter((s) => s.seedFile).length} seed articles). ` +
      'By kind: ' +
      [...countBy(d.sources, (s) => s.kind)].map(([k, n]) => `${k} ${n}`).join(', ') +
      '. By language: ' +
      [...countBy(d.sources, (s) => s.language)].map(([k, n]) => `${k} ${n}`).join(', ') +
      '.',
  );

  out.push('\n## Events by kind\n');
  out.push(table(['kind', 'events'], [...countBy(d.events, (e) => e.kind)]));

  out.push('\n## Indicators by name\n');
  out.push(table(['name', 'records'], [...countBy(d.indicators, (i) => i.name)]));

  out.push('\n## Vietnam–Belarus trade figures per reporter and year\n');
  out.push(
    'Cells count figures (any flow); `p` marks part-year figures, `!` conflicting ones, `?` uncertain ones.\n',
  );
  const reporters = ['VN', 'BY', 'other'] as const;
  const years = by.map((t) => t.period.year);
  const minY = Math.min(...years);
  const maxY = Math.max(...years);
  const rows: string[][] = [];
  for (let y = minY; y <= maxY; y++) {
    const cells = reporters.map((r) => {
      const fs = by.filter((t) => t.reporter === r && t.period.year === y);
      if (fs.length === 0) return '·';
      const marks = [
        fs.some((t) => t.flags.partial) ? 'p' : '',
        fs.some((t) => t.flags.conflicting) ? '!' : '',
        fs.some((t) => t.flags.uncertain) ? '?' : '',
      ].join('');
      return `${fs.length}${marks}`;
    });
    rows.push([String(y), ...cells]);
  }
  out.push(table(['year', 'VN', 'BY', 'other'], rows));

  out.push('\n## Years without trade figures\n');
  const fullYear = (t: TradeFigure) => !t.flags.partial;
  for (const r of reporters) {
    const missing: number[] = [];
    const noFull: number[] = [];
    for (let y = minY; y <= maxY; y++) {
      const fs = by.filter((t) => t.reporter === r && t.period.year === y);
      if (fs.length === 0) missing.push(y);
      else if (!fs.some(fullYear)) noFull.push(y);
    }
    out.push(
      `- reporter ${r}: no figure in ${compactYears(missing)}` +
        (noFull.length ? `; part-year only in ${compactYears(noFull)}` : ''),
    );
  }
  const anyYears = new Set(by.map((t) => t.period.year));
  const none: number[] = [];
  for (let y = minY; y <= maxY; y++) if (!anyYears.has(y)) none.push(y);
  out.push(`- any reporter: no figure at all in ${compactYears(none)}`);

  out.push('\n## Partnerships by status\n');
  out.push(table(['status', 'pairs'], [...countBy(d.partnerships, (p) => p.status)]));

  out.push('\n## Known gaps\n');
  out.push(knownGaps(d).join('\n'));
  return out.join('\n') + '\n';
}

/** What the data lacks or leaves uncertain, each line worked out from it. */
function knownGaps(d: Dataset): string[] {
  const lines: string[] = [];
  // Official statistics: each reporter's flows with Belarus or Vietnam, by year.
  const official = d.official.filter((o) => o.partner === 'BY' || o.partner === 'VN');
  const oYears = official.map((o) => o.year);
  for (const reporter of ['VN', 'BY'] as const) {
    for (const flow of ['exports', 'imports'] as const) {
      const have = new Set(
        official.filter((o) => o.reporter === reporter && o.flow === flow).map((o) => o.year),
      );
      const missing: number[] = [];
      for (let y = Math.min(...oYears); y <= Math.max(...oYears); y++) if (!have.has(y)) missing.push(y);
      if (missing.length)
        lines.push(
          `- IMF DOTS, ${reporter}-reported ${flow} with the other: no cell in ${compactYears(missing)}.`,
        );
    }
  }
  const uncertainCells = official.filter((o) => o.flags.uncertain);
  if (uncertainCells.length) {
    lines.push(
      `- IMF DOTS cells kept as published but flagged uncertain: ${uncertainCells.map((o) => `${o.reporter} ${o.flow} ${o.year}`).join(', ')}.`,
    );
  }
  // Indicators: which years each measure has.
  for (const [name] of countBy(d.indicators, (i) => i.name)) {
    const ys = [
      ...new Set(d.indicators.filter((i) => i.name === name).map((i) => year(i.date.start))),
    ].sort();
    lines.push(`- Indicator \`${name}\`: values for ${compactYears(ys)} only.`);
  }
  // Partnerships without a date, and those not signed.
  const undated = d.partnerships.filter((p) => p.since === null).map((p) => p.id);
  if (undated.length) lines.push(`- Partnerships with no date in any source: ${undated.join(', ')}.`);
  const unsigned = d.partnerships.filter((p) => p.status !== 'signed').map((p) => `${p.id} (${p.status})`);
  if (unsigned.length)
    lines.push(`- Partnerships not shown signed by any stored quote: ${unsigned.join(', ')}.`);
  // Commission sessions the sources number but the data does not hold.
  for (const g of commissionGaps(d.events)) {
    const runs = runLabels(g.missing).join(', ');
    lines.push(`- \`${g.kind}\`: sessions ${runs} of ${g.last} are not in the data.`);
  }
  // Events: uncertain dates, disagreements, claims that rest on the research notes.
  const circa = d.events.filter((e) => e.date.circa).map((e) => e.id);
  if (circa.length) lines.push(`- Events dated by inference (\`circa\`): ${circa.join(', ')}.`);
  const conflict = d.events.filter((e) => e.tags.includes('conflict')).map((e) => e.id);
  if (conflict.length)
    lines.push(
      `- Events the sources date or describe differently (tag \`conflict\`): ${conflict.join(', ')}.`,
    );
  const nobody = d.events.filter(
    (e) => e.participants.length === 0 && (e.kind === 'visit' || e.kind === 'meeting'),
  );
  if (nobody.length) {
    lines.push(
      `- Visits and meetings whose participants no stored quote names: ${nobody.map((e) => e.id).join(', ')}.`,
    );
  }
  const notes = d.events.filter((e) => e.quotes.some((q) => q.note));
  lines.push(
    `- Events with a claim that rests on the research notes' account of a page rather than its own words (quotes marked \`note\`): ${notes.length} of ${d.events.length}.`,
  );
  const conflicts = [
    ...new Set(d.trade.filter((t) => t.flags.conflicting && t.partner === 'BY').map((t) => t.period.year)),
  ];
  lines.push(`- Press trade figures that disagree with another source: ${compactYears(conflicts.sort())}.`);
  return lines;
}

/** 2001, 2002, 2003, 2005 → "2001–2003, 2005". */
export function compactYears(ys: number[]): string {
  if (ys.length === 0) return 'none';
  const parts: string[] = [];
  let start = ys[0] as number;
  let prev = start;
  for (const y of [...ys.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return parts.join(', ');
}

export const COVERAGE_PATH = join(dataDir, 'COVERAGE.md');

/** The whole file: a heading, how it is made, and the report. */
export function coverageFile(d: Dataset): string {
  return (
    '# Dataset coverage\n\n' +
    'Generated by `npm run data:report` from the JSON files; do not edit by hand ' +
    '(`data/coverage.test.ts` fails when it is not current).\n\n' +
    coverageReport(d)
  );
}

function main() {
  let d: Dataset;
  try {
    d = readDataset();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  const text = coverageFile(d);
  if (process.argv.includes('--check')) {
    const same = readFileSync(COVERAGE_PATH, 'utf8') === text;
    console.log(
      same ? 'data/COVERAGE.md is current' : 'data/COVERAGE.md is out of date: run npm run data:report',
    );
    process.exit(same ? 0 : 1);
  }
  writeFileSync(COVERAGE_PATH, text);
  console.log(`wrote ${COVERAGE_PATH}`);
}

// Run as a script, not when a test imports the report.
if (process.argv[1]?.endsWith('data-report.ts')) main();
