/**
 * "Cite this view": one view of the dashboard cited in the reader's language. English readers get
 * APA, Chicago, BibTeX and RIS; Russian readers ГОСТ Р 7.0.100–2018 first (what a Belarusian or
 * Russian ministry or university document needs); Vietnamese readers the form Vietnamese theses
 * and reports use (author or body (year), "title", where, access date) first. Every word of a
 * citation is in the view's language: the site's name, the access phrase and the version.
 *
 * Written by hand rather than with citation-js: its CSL output (@citation-js/plugin-csl) brings
 * citeproc-js, about 100 KB gzip before a style file, and CSL has no ГОСТ or Vietnamese style
 * for a web page with a dataset version; these are a few short fixed patterns.
 */

/** What a citation of one view says. `accessed` is read in local time (the reader's "today"). */
export interface CitationInput {
  /** The work, in the view's language: "Quan hệ Việt Nam – Belarus". */
  site: string;
  /**
   * Who publishes the dashboard (the deploy's `VITE_PUBLISHER`, else the site itself). Machine
   * formats always carry it; prose names it only when it differs from the site's name, as APA and
   * Chicago do for a site that is its own publisher.
   */
  publisher: string;
  /** The view's title in the current language: "Thương mại Việt Nam – Belarus". */
  title: string;
  /** The canonical link of exactly this view (what Copy link gives). */
  url: string;
  accessed: Date;
  /** The dataset's version: the date of its newest source, "2025-11-18". */
  version: string;
  /** Short ASCII id of the view for the BibTeX key: "trade". */
  viewId: string;
  /** The view's language. */
  lang: 'en' | 'vi' | 'ru';
}

/** The formats each language is offered, its own form first. */
export const CITATION_FORMATS = {
  en: ['apa', 'chicago', 'bibtex', 'ris'],
  vi: ['vn', 'apa', 'chicago', 'bibtex', 'ris'],
  ru: ['gost', 'apa', 'chicago', 'bibtex', 'ris'],
} as const;
export type CitationFormat = 'apa' | 'chicago' | 'bibtex' | 'ris' | 'vn' | 'gost';

const MONTHS = {
  en: [
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
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** new Date(2026, 10, 3) → "November 3, 2026" (APA and Chicago). */
export function longDate(d: Date): string {
  return `${MONTHS.en[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
}

/** new Date(2026, 10, 3) → "2026-11-03" (BibTeX urldate). */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A date as each language writes it in running text: "November 3, 2026", "3/11/2026", "3 ноября 2026 г.". */
export function textDate(d: Date, lang: CitationInput['lang']): string {
  if (lang === 'vi') return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
  if (lang === 'ru') return `${d.getDate()} ${MONTHS.ru[d.getMonth()]} ${d.getFullYear()} г.`;
  return longDate(d);
}

/**
 * The dataset's version as each language says it, at the precision it is written (the newest
 * source may be dated to the month): "dataset as of March 2026", "… as of November 18, 2025".
 */
export function versionText(version: string, lang: CitationInput['lang']): string {
  const [y, m, d] = version.split('-').map(Number) as [number, number?, number?];
  if (m === undefined)
    return {
      en: `dataset as of ${y}`,
      vi: `bộ dữ liệu cập nhật năm ${y}`,
      ru: `набор данных по состоянию на ${y} г.`,
    }[lang];
  if (d === undefined) {
    return {
      en: `dataset as of ${MONTHS.en[m - 1]} ${y}`,
      vi: `bộ dữ liệu cập nhật tháng ${m}/${y}`,
      ru: `набор данных по состоянию на ${pad(m)}.${y}`,
    }[lang];
  }
  const date = new Date(y, m - 1, d);
  return {
    en: `dataset as of ${longDate(date)}`,
    vi: `bộ dữ liệu cập nhật ngày ${textDate(date, 'vi')}`,
    ru: `набор данных по состоянию на ${gostDate(date)}`,
  }[lang];
}

/** ДД.ММ.ГГГГ, as ГОСТ writes an access date: 06.12.2026. */
export const gostDate = (d: Date) => `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;

/** The words of a citation in each language. */
const WORDS = {
  en: {
    noDate: 'n.d.',
    in: 'In',
    retrieved: (d: Date, url: string) => `Retrieved ${longDate(d)}, from ${url}`,
    accessed: (d: Date) => `Accessed ${longDate(d)}`,
  },
  vi: {
    noDate: 'không rõ năm',
    in: 'Trong',
    retrieved: (d: Date, url: string) => `Truy cập ngày ${textDate(d, 'vi')}, từ ${url}`,
    accessed: (d: Date) => `Truy cập ngày ${textDate(d, 'vi')}`,
  },
  ru: {
    noDate: 'б. г.',
    in: 'В:',
    retrieved: (d: Date, url: string) => `Дата обращения: ${gostDate(d)}. URL: ${url}`,
    accessed: (d: Date) => `Дата обращения: ${gostDate(d)}`,
  },
};

/** Collapses line breaks and runs of spaces: a citation field is one line. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "Trade" → "Trade."; "Why?" stays "Why?" (no doubled punctuation). */
const withStop = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The publisher after the site's name in prose, when it is someone else: "Site. Publisher." */
const otherPublisher = (c: CitationInput) =>
  oneLine(c.publisher) && oneLine(c.publisher) !== oneLine(c.site) ? oneLine(c.publisher) : null;

/** APA 7, a page without author or date in a site: title first, "n.d.", retrieval date. */
export function apa(c: CitationInput): string {
  const w = WORDS[c.lang];
  const title = oneLine(c.title);
  return (
    `${withStop(title)} (${w.noDate}). ${w.in} ${oneLine(c.site)} (${versionText(c.version, c.lang)}). ` +
    (otherPublisher(c) ? `${withStop(otherPublisher(c)!)} ` : '') +
    w.retrieved(c.accessed, c.url)
  );
}

/** Chicago 17, bibliography entry for a web page: “Title.” Site. Version. Accessed date. URL. */
export function chicago(c: CitationInput): string {
  const w = WORDS[c.lang];
  return (
    `“${withStop(oneLine(c.title))}” ${withStop(oneLine(c.site))} ` +
    (otherPublisher(c) ? `${withStop(otherPublisher(c)!)} ` : '') +
    `${capitalised(versionText(c.version, c.lang))}. ` +
    `${w.accessed(c.accessed)}. ${c.url}.`
  );
}

/**
 * ГОСТ Р 7.0.100–2018, a part of an electronic resource (a page of a site): title // site :
 * [сайт] / publisher (when another body). – version. – URL: … (дата обращения: ДД.ММ.ГГГГ). –
 * Текст : электронный.
 */
export function gost(c: CitationInput): string {
  return (
    `${oneLine(c.title)} // ${oneLine(c.site)} : [сайт]` +
    (otherPublisher(c) ? ` / ${otherPublisher(c)}` : '') +
    '. – ' +
    `${capitalised(versionText(c.version, 'ru'))}. – URL: ${c.url} ` +
    `(дата обращения: ${gostDate(c.accessed)}). – Текст : электронный.`
  );
}

/**
 * The form Vietnamese theses and reports use for a web page: body (year), "title", site, version,
 * access date and link. The page has no publication year: "không rõ năm".
 */
export function vn(c: CitationInput): string {
  const w = WORDS.vi;
  return (
    `${oneLine(c.site)} (${w.noDate}), “${oneLine(c.title)}”, ${versionText(c.version, c.lang)}, ` +
    `truy cập ngày ${textDate(c.accessed, 'vi')}, <${c.url}>.`
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
    ['publisher', escapeBibtex(c.publisher)],
    ['howpublished', `\\url{${url}}`],
    ['url', url],
    ['urldate', isoDate(c.accessed)],
    ['version', escapeBibtex(c.version)],
    [
      'note',
      `${site}, ${escapeBibtex(versionText(c.version, c.lang))}. ${escapeBibtex(WORDS[c.lang].accessed(c.accessed))}`,
    ],
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
    ['PB', oneLine(c.publisher)],
    ['UR', c.url],
    ['Y2', `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())}`],
    ['ET', capitalised(versionText(c.version, c.lang))],
    ['LA', oneLine(c.lang)],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

const FORMATTERS: Record<CitationFormat, (c: CitationInput) => string> = {
  apa,
  chicago,
  bibtex,
  ris,
  vn,
  gost,
};

/** The view's citations in the formats its language is offered, its own form first. */
export function citations(c: CitationInput): { format: CitationFormat; text: string }[] {
  return CITATION_FORMATS[c.lang].map((format) => ({ format, text: FORMATTERS[format](c) }));
}
