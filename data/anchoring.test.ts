import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchoringProblems, foldQuote } from './anchoring.ts';
import { readDatasetFiles } from './load-dataset.ts';
import type { Dataset, Source } from './schema.ts';
import { formatProblem } from './validate.ts';

// Read without the schema check, so a record still being written is reported here by id, not
// as one thrown error (data/validate.test.ts checks the schema).
const { files } = readDatasetFiles();
const data = Object.fromEntries(
  Object.entries(files).map(([name, records]) => [name.replace(/\.json$/, ''), records]),
) as unknown as Dataset;
const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, '..', '..', 'shared');
const seedText = (file: string) => foldQuote(readFileSync(join(shared, 'seeds', file), 'utf8'));
const research = readdirSync(join(shared, 'research'))
  .filter((f) => /\.(md|csv)$/.test(f))
  .map((f) => ({
    lines: readFileSync(join(shared, 'research', f), 'utf8').split('\n'),
    csv: f.endsWith('.csv'),
  }));

const URL = /https?:\/\/[^\s;"]+/g;
const BY_REFERENCE = /\((?:URL above|same URL)\)/;
// "https://vietnamnews.vn/politics-laws/1725164/..." is an address the notes shortened.
// An address ends at the punctuation after it ("…/vizitom,Товарооборот" in a CSV row); the notes
// also shorten some ("…/1725164/...").
const sameAddress = (written: string, url: string) => {
  if (written.startsWith(url) && !/^[\w/%-]/.test(written.slice(url.length))) return true;
  return written.endsWith('...') && url.startsWith(written.replace(/\.+$/, ''));
};

/**
 * The research lines about `url`, folded, each with the line before and the three after it (the
 * December notes put a quote under its address): a line that carries the address, or one that
 * names its source "(URL above)" in a file where the address comes before it, or one that names
 * the source's id (`cn-nhandan-112304`).
 */
function researchAround(source: Source): { raw: string; quoted: string[]; csv: boolean }[] {
  const url = source.url!;
  const byId = `\`${source.id}\``;
  const found: { raw: string; quoted: string[]; csv: boolean }[] = [];
  for (const { lines, csv } of research) {
    let seen = false;
    lines.forEach((line, i) => {
      const here = line.includes(byId) || (line.match(URL) ?? []).some((u) => sameAddress(u, url));
      if (here || (seen && BY_REFERENCE.test(line))) {
        // A CSV row stands alone; a note's quote may sit on the lines under its address.
        // Quotation marks paired from the line before (a title above its address) and from the line itself
        // (when the line before closes a quote of its own).
        found.push({
          raw: csv ? line : lines.slice(Math.max(0, i - 1), i + 4).join(' '),
          quoted: csv ? [] : [i - 1, i].map((from) => lines.slice(Math.max(0, from), i + 4).join(' ')),
          csv: csv && here,
        });
      }
      seen ||= here;
    });
  }
  return found;
}

/** The passages a research window quotes: in "…", «…» or “…”, and a CSV row's cells. */
const QUOTED = /"([^"]+)"|«([^»]+)»|“([^”]+)”/g;
const quotedIn = (window: string) => [...window.matchAll(QUOTED)].map((m) => m[1] ?? m[2] ?? m[3]!);

// Spaces aside: a quote may run across a line break of the notes (and Chinese has none).
const squash = (text: string) => foldQuote(text).replace(/ /g, '');

/** Whether `text` is the page's words ('verbatim'), only the notes' account ('note'), or neither. */
function quoteFound(source: Source, text: string): 'verbatim' | 'note' | 'absent' {
  const quote = squash(text);
  if (source.seedFile)
    return seedText(source.seedFile).replace(/ /g, '').includes(quote) ? 'verbatim' : 'absent';
  const windows = researchAround(source);
  // CSV rows carry the quote as a cell of its own: a row's text is the page's words there.
  const verbatim = (w: { raw: string; quoted: string[]; csv: boolean }) =>
    w.csv
      ? squash(w.raw).includes(quote)
      : w.quoted.some((q) => quotedIn(q).some((p) => squash(p).includes(quote)));
  if (windows.some(verbatim)) {
    return 'verbatim';
  }
  return windows.some((w) => squash(w.raw).includes(quote)) ? 'note' : 'absent';
}

const sources = new Map(data.sources.map((s) => [s.id, s]));
const records = [
  ...data.events.map((r) => ['events.json', r] as const),
  ...data.partnerships.map((r) => ['partnerships.json', r] as const),
];

describe('anchoring: every claim rests on a stored quote', () => {
  it('finds no city, participant, level or status beyond the quotes in the dataset', () => {
    expect(anchoringProblems(data).map(formatProblem)).toEqual([]);
  });

  it("finds every quote in its source: the page's words in quotation marks, or the notes' account when marked `note`", () => {
    const missing: string[] = [];
    for (const [file, r] of records) {
      r.quotes.forEach((q, i) => {
        const source = sources.get(q.sourceId);
        if (!source) return; // validate.ts names an unknown source
        const found = quoteFound(source, q.text);
        if (found === 'absent' || (found === 'note' && !q.note)) {
          missing.push(
            `${file} ${r.id} quotes.${i}: ${found === 'absent' ? 'not in its source' : 'the notes\' words, not the page\'s: mark it "note": true'}: "${q.text}"`,
          );
        }
      });
    }
    expect(missing).toEqual([]);
  });

  // The audit's findings: each must fail again when its claim is put back.
  const withEvent = (id: string, change: Record<string, unknown>) => ({
    ...data,
    events: data.events.map((e) => (e.id === id ? { ...e, ...change } : e)),
  });
  const problemsOf = (d: typeof data, id: string) =>
    anchoringProblems(d)
      .filter((p) => p.recordId === id)
      .map((p) => p.field);

  it.each([
    ['visit-2008-04-lukashenko', 'hanoi'],
    ['visit-2019-12-nguyen-thi-kim-ngan', 'minsk'],
    ['visit-2010-05-nguyen-minh-triet', 'minsk'],
    ['meeting-2025-11-20-haiphong', 'haiphong'],
  ])('fails when %s is placed in %s again, which no quote names', (id, placeId) => {
    expect(problemsOf(withEvent(id, { placeId }), id)).toContain('placeId');
  });

  it('fails when a participant no quote names is added', () => {
    const id = 'visit-2010-05-nguyen-minh-triet';
    const event = data.events.find((e) => e.id === id)!;
    const changed = withEvent(id, { participants: [...event.participants, 'Alexander Lukashenko'] });
    expect(problemsOf(changed, id)).toContain(`participants.${event.participants.length}`);
  });

  it('fails when the Kazan meeting is ranked below the head of state taking part', () => {
    const id = 'meeting-2024-10-24-kazan';
    expect(problemsOf(withEvent(id, { level: 'head-of-government' }), id)).toContain('level');
  });

  it('fails when a partnership is stronger than its quotes', () => {
    const proposed = data.partnerships.find((p) => p.status === 'proposed')!;
    const changed = {
      ...data,
      partnerships: data.partnerships.map((p) => (p === proposed ? { ...p, status: 'signed' as const } : p)),
    };
    expect(anchoringProblems(changed).map((p) => `${p.recordId} ${p.field}`)).toContain(
      `${proposed.id} status`,
    );
  });
});
