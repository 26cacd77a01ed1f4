/**
 * Coverage report of the dataset (run: npm run data:report). Prints Markdown, so the output
 * can be pasted into data/README.md as is. Reads the JSON through data/load-dataset.ts and
 * exits with status 1 if the dataset does not validate.
 */
import { readDatasetFiles } from '../data/load-dataset';
import type {
  Dataset,
  DatasetEvent,
  GoodsList,
  Indicator,
  Partnership,
  Place,
  Source,
  TradeFigure,
  OfficialFigure,
} from '../data/schema';
import { formatProblem, validateDataset } from '../data/validate';

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

  out.push('### Records per file\n');
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

  out.push('\n### Sources\n');
  out.push(
    `${d.sources.length} sources (${d.sources.filter((s) => s.seedFile).length} seed articles). ` +
      'By kind: ' +
      [...countBy(d.sources, (s) => s.kind)].map(([k, n]) => `${k} ${n}`).join(', ') +
      '. By language: ' +
      [...countBy(d.sources, (s) => s.language)].map(([k, n]) => `${k} ${n}`).join(', ') +
      '.',
  );

  out.push('\n### Events by kind\n');
  out.push(table(['kind', 'events'], [...countBy(d.events, (e) => e.kind)]));

  out.push('\n### Indicators by name\n');
  out.push(table(['name', 'records'], [...countBy(d.indicators, (i) => i.name)]));

  out.push('\n### Vietnam–Belarus trade figures per reporter and year\n');
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

  out.push('\n### Years without trade figures\n');
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

  out.push('\n### Partnerships by status\n');
  out.push(table(['status', 'pairs'], [...countBy(d.partnerships, (p) => p.status)]));
  return out.join('\n');
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

function main() {
  const { files, problems } = readDatasetFiles();
  const all = [...problems, ...validateDataset(files)];
  if (all.length > 0) {
    console.error(all.map(formatProblem).join('\n'));
    process.exit(1);
  }
  const d: Dataset = {
    sources: files['sources.json'] as Source[],
    places: files['places.json'] as Place[],
    trade: files['trade.json'] as TradeFigure[],
    official: files['official.json'] as OfficialFigure[],
    events: files['events.json'] as DatasetEvent[],
    partnerships: files['partnerships.json'] as Partnership[],
    indicators: files['indicators.json'] as Indicator[],
    goods: files['goods.json'] as GoodsList[],
    people: files['people.json'] as Dataset['people'],
  };
  console.log(coverageReport(d));
}

main();
