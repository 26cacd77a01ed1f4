/**
 * "Cite this view": APA, Chicago, BibTeX and RIS for one view of the dashboard.
 *
 * Written by hand rather than with citation-js: its CSL output (@citation-js/plugin-csl) brings
 * citeproc-js, about 100 KB gzip before a Chicago style file, to print four short fixed patterns
 * for one kind of item (a web page with a link, an access date and a dataset version).
 *
 * The styles' own words (Retrieved, Accessed, month names) stay in English, as the styles define
 * them; the view's title comes in the reader's language.
 */

/** What a citation of one view says. `accessed` is read in local time (the reader's "today"). */
export interface CitationInput {
  /** The work: "Vietnam–Belarus Relations Dashboard". */
  site: string;
  /** The view's title in the current language: "Trade between Vietnam and Belarus". */
  title: string;
  /** The canonical link of exactly this view (what Copy link gives). */
  url: string;
  accessed: Date;
  /** The dataset's version, e.g. its newest source date "2025-11-18". */
  version: string;
  /** Short ASCII id of the view for the BibTeX key: "trade". */
  viewId: string;
  /** The view's language, e.g. "vi". */
  lang: string;
}

export const CITATION_FORMATS = ['apa', 'chicago', 'bibtex', 'ris'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** new Date(2026, 10, 3) → "November 3, 2026" (APA and Chicago). */
export function longDate(d: Date): string {
  return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
}

/** new Date(2026, 10, 3) → "2026-11-03" (BibTeX urldate). */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Collapses line breaks and runs of spaces: a citation field is one line. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "Trade" → "Trade."; "Why?" stays "Why?" (no doubled punctuation). */
const withStop = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/** APA 7, a page without author or date in a site: title first, "n.d.", retrieval date. */
export function apa(c: CitationInput): string {
  const title = oneLine(c.title);
  return (
    `${withStop(title)} (n.d.). In ${oneLine(c.site)} (Dataset version ${c.version}). ` +
    `Retrieved ${longDate(c.accessed)}, from ${c.url}`
  );
}

/** Chicago 17, bibliography entry for a web page: “Title.” Site. Version. Accessed date. URL. */
export function chicago(c: CitationInput): string {
  return (
    `“${withStop(oneLine(c.title))}” ${withStop(oneLine(c.site))} Dataset version ${c.version}. ` +
    `Accessed ${longDate(c.accessed)}. ${c.url}.`
  );
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '–': '--',
  '—': '---',
};

/** Escapes text for a BibTeX field: "R&D 50% {x}" → "R\&D 50\% \{x\}"; "–" → "--". */
export function escapeBibtex(s: string): string {
  return oneLine(s).replace(/[\\{}&%$#_~^–—]/g, (ch) => BIBTEX_SPECIAL[ch]!);
}

/** A URL inside `\url{}` and `url = {}` is verbatim; only braces and backslashes could break it. */
const bibtexUrl = (url: string) =>
  url.replace(/[{}\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/** A BibTeX key of letters, digits and hyphens: ("trade", 2026-11-03) → "vnby-trade-2026-11-03". */
export function bibtexKey(viewId: string, accessed: Date): string {
  const id =
    viewId
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'view';
  return `vnby-${id}-${isoDate(accessed)}`;
}

/** BibTeX `@misc` (BibTeX and biblatex read it; biblatex also reads url, urldate, version). */
export function bibtex(c: CitationInput): string {
  const url = bibtexUrl(c.url);
  const site = escapeBibtex(c.site);
  const fields: [string, string][] = [
    ['title', escapeBibtex(c.title)],
    ['organization', site],
    ['howpublished', `\\url{${url}}`],
    ['url', url],
    ['urldate', isoDate(c.accessed)],
    ['version', escapeBibtex(c.version)],
    ['note', `${site}, dataset version ${escapeBibtex(c.version)}. Accessed ${isoDate(c.accessed)}`],
    ['language', escapeBibtex(c.lang)],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}},`).join('\n');
  return `@misc{${bibtexKey(c.viewId, c.accessed)},\n${body}\n}`;
}

/**
 * RIS: one `TAG  - value` line each (two spaces, hyphen, space), CRLF as the format specifies,
 * from `TY  - ELEC` to `ER  - `. Y2 is the access date as YYYY/MM/DD.
 */
export function ris(c: CitationInput): string {
  const d = c.accessed;
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['TI', oneLine(c.title)],
    ['T2', oneLine(c.site)],
    ['UR', c.url],
    ['Y2', `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())}`],
    ['ET', `Dataset version ${oneLine(c.version)}`],
    ['LA', oneLine(c.lang)],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

/** All four formats of one view. */
export function citations(c: CitationInput): Record<CitationFormat, string> {
  return { apa: apa(c), chicago: chicago(c), bibtex: bibtex(c), ris: ris(c) };
}
