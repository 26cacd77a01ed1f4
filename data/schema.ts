/**
 * The dataset contract. Every JSON file in `data/` is checked against these schemas at build
 * start (the `validate-dataset` Vite plugin) and in `data/validate.test.ts`. Types used by the
 * app are inferred from here, so the schema is the single source of truth.
 *
 * Bump SCHEMA_VERSION when a record's shape changes (not when records are added).
 */
import { z } from 'zod';
import { RECORD_ID_PATTERN } from './record-id.ts';

export const SCHEMA_VERSION = 2;

/** Record ids: lower-case kebab, e.g. `visit-2023-12-golovchenko`. */
export const recordId = z.string().regex(RECORD_ID_PATTERN, 'must be lower-case letters, digits and dashes');

/** Languages a source or a name may be written in (ISO 639-1). */
export const language = z.enum(['vi', 'en', 'ru', 'be', 'fr', 'es', 'pl', 'de', 'zh']);

/** Text given in both UI languages; Russian where known. */
export const bilingual = z.object({
  vi: z.string().min(1),
  en: z.string().min(1),
  ru: z.string().min(1).optional(),
});

export const precision = z.enum(['day', 'month', 'year']);

/**
 * A calendar date written to its precision: `2023-12-06` (day), `2010-05` (month), `2008` (year).
 * The string's shape must match the declared precision and be a real calendar date.
 */
export const dateString = z.string().refine(isValidPartialDate, {
  message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
});

/**
 * A date or date range with its precision. `end` is the last day of a range (inclusive).
 * `circa` marks a date the source gives as uncertain or that was inferred from context.
 */
export const datePoint = z
  .object({
    start: dateString,
    end: dateString.optional(),
    precision,
    circa: z.boolean().optional(),
  })
  .superRefine((d, ctx) => {
    const expected = { year: 4, month: 7, day: 10 }[d.precision];
    if (d.start.length !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: `"${d.start}" is not written to ${d.precision} precision`,
      });
    }
    if (d.end !== undefined) {
      if (d.end.length !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `"${d.end}" is not written to ${d.precision} precision`,
        });
      } else if (d.end < d.start) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'ends before it starts' });
      }
    }
  });

/**
 * A source's publisher as readers of another UI language know it, where it has an established
 * name there ("Quỹ Tiền tệ Quốc tế (IMF)", "БелТА"); the dashboard's own words around a name (an
 * edition, "via" a republisher) in that language too. Absent: `publisher` is shown unchanged.
 */
export const publisherNames = z
  .object({ vi: z.string().min(1).optional(), ru: z.string().min(1).optional() })
  .strict();

export const source = z
  .object({
    id: recordId,
    /** The publisher as English pages name it (a Vietnamese or Russian outlet by its own name). */
    publisher: z.string().min(1),
    /** The publisher in Vietnamese and Russian, where it differs (`publisherNames`). */
    names: publisherNames.optional(),
    title: z.string().min(1),
    date: dateString,
    language,
    kind: z.enum(['news', 'official', 'statistics']),
    /**
     * The publisher's own page for the source: the article, or a dataset's page on the
     * publisher's site even when the files were read from a copy (`copy`). Absent for the five
     * seed articles, whose URLs are not known.
     */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** File name in `shared/seeds/` for the seed articles. */
    seedFile: z.string().optional(),
    /** For a statistical dataset: its name as the publisher gives it. */
    dataset: z.string().min(1).optional(),
    /** For a dataset read from a copy of the publisher's files: where the copy is. */
    copy: z
      .object({
        repository: z.url({ protocol: /^https$/ }),
        commit: z.string().regex(/^[0-9a-f]{40}$/),
        paths: z.array(z.string().min(1)).min(1),
        /** The copy's commit date: the download from the publisher is no later. */
        date: dateString,
      })
      .optional(),
    note: z.string().optional(),
  })
  .superRefine((s, ctx) => {
    // The main link is the publisher's: a copy is named beside it, never linked in its place.
    if (s.copy && !s.url) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: "must give the publisher's page for the dataset",
      });
    } else if (s.copy && s.url && insideRepository(s.url, s.copy.repository)) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: "must be the publisher's page, not the copy (the copy goes in `copy`)",
      });
    }
    for (const lang of ['vi', 'ru'] as const) {
      if (s.names?.[lang] === s.publisher) {
        ctx.addIssue({ code: 'custom', path: ['names', lang], message: 'same as `publisher`: leave it out' });
      }
    }
  });

/** `https://github.com/a/b/tree/…` is inside `https://github.com/a/b`. */
function insideRepository(url: string, repository: string): boolean {
  const u = url.toLowerCase();
  const r = repository.toLowerCase().replace(/\/+$/, '');
  return u === r || u.startsWith(`${r}/`);
}

export const countryCode = z.enum(['VN', 'BY', 'RU', 'KZ', 'AZ', 'CN', 'OTHER']);

export const place = z.object({
  id: recordId,
  names: z.object({
    vi: z.string().min(1),
    en: z.string().min(1),
    ru: z.string().min(1).optional(),
    be: z.string().min(1).optional(),
  }),
  country: countryCode,
  kind: z.enum(['city', 'region', 'country']),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  /** GeoNames id of the point the coordinates come from. */
  geonamesId: z.number().int().positive(),
  /** What the point is, e.g. "administrative seat: Brest (city)" for a region. */
  coordinateNote: z.string().optional(),
  /** E.g. Vietnam's provincial mergers of 1 July 2025. */
  note: bilingual.optional(),
  /** Other names the sources use ("TP.HCM", "Хошимин"), so a quote naming it is recognised. */
  aliases: z.array(z.string().min(1)).optional(),
});

const flags = z.object({
  /** Covers part of a year only (must agree with the period's months). */
  partial: z.boolean(),
  /** The source is ambiguous about the year, the figure or the basis. */
  uncertain: z.boolean(),
  /** Another source reports a different figure for the same period and flow. */
  conflicting: z.boolean(),
});

export const tradeFigure = z
  .object({
    id: recordId,
    /** Whose statistics: Vietnam's customs/ministry, Belarus's, or other/unclear. */
    reporter: z.enum(['VN', 'BY', 'other']),
    /** Vietnam's trading partner: Belarus, or another country for context. */
    partner: countryCode,
    flow: z.enum(['total', 'vn-exports', 'vn-imports']),
    period: z.object({
      year: z.number().int().min(1945).max(2100),
      /** First and last month covered, inclusive: [1, 12] is the full year, [1, 8] Jan–Aug. */
      months: z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(12)]),
    }),
    /** Value in US dollars (not millions). */
    valueUsd: z.number().nonnegative(),
    /** How the source words the figure: "almost 151 million" is `almost`. */
    qualifier: z.enum(['exact', 'about', 'almost', 'over']),
    flags,
    /** Ids of figures that disagree with this one. */
    conflictsWith: z.array(recordId).optional(),
    sourceId: recordId,
    quote: z.string().min(1),
    note: z.string().optional(),
  })
  .superRefine((t, ctx) => {
    const [from, to] = t.period.months;
    if (to < from) {
      ctx.addIssue({ code: 'custom', path: ['period', 'months'], message: 'last month before first' });
    }
    const isPartial = !(from === 1 && to === 12);
    if (isPartial !== t.flags.partial) {
      ctx.addIssue({
        code: 'custom',
        path: ['flags', 'partial'],
        message: `must be ${isPartial} for months ${from}–${to}`,
      });
    }
  });

/**
 * An official statistic: one cell of a statistical table (IMF DOTS), as the reporter states it.
 * Kept apart from the press figures in `trade.json`: it has a dataset, a basis and a cell, not a
 * quote. Written by `scripts/generate/build-dots.ts` from the original xlsx files, never by hand.
 */
export const officialFigure = z.object({
  id: recordId,
  /** The statistical dataset the figure is a cell of. */
  dataset: z.literal('imf-dots'),
  /** The country that reports the figure to the IMF. */
  reporter: z.enum(['VN', 'BY']),
  /** The reporter's trading partner; `WORLD` is the reporter's total with all partners. */
  partner: z.enum(['VN', 'BY', 'RU', 'KZ', 'AZ', 'WORLD']),
  /** The flow as the reporter states it: its exports to, or its imports from, the partner. */
  flow: z.enum(['exports', 'imports']),
  /** Exports are valued free on board, imports with cost, insurance and freight. */
  basis: z.enum(['FOB', 'CIF']),
  year: z.number().int().min(1945).max(2100),
  /** Whole US dollars: the cell (US$ millions) × 1,000,000, rounded to the dollar. */
  valueUsd: z.number().int().nonnegative(),
  flags: z.object({
    /** Kept as published but doubtful (the note says why). */
    uncertain: z.boolean(),
    /** The IMF marks the cell as its own estimate ("e"). */
    estimated: z.boolean(),
  }),
  /** Why a figure is flagged, shown to readers. */
  note: bilingual.optional(),
  sourceId: recordId,
  /** Where the value is: `DOTS_213.xlsx` sheet `Exports, FOB` cell `AX86`. */
  cell: z.object({ file: z.string().min(1), sheet: z.string().min(1), ref: z.string().regex(/^[A-Z]+\d+$/) }),
});

/**
 * What an event is. The three commissions number their sessions apart, so each is a kind of its
 * own: the intergovernmental commission on trade, economic, scientific and technical cooperation,
 * the joint commission on military-technical cooperation, and the science-and-technology commission.
 */
export const eventKind = z.enum([
  'visit',
  'meeting',
  'talks',
  'agreement',
  'milestone',
  'commission-igc',
  'commission-military',
  'commission-science',
  'culture-days',
  'diplomatic',
]);

/**
 * A short verbatim passage of a cited source, in the source's language: what backs a record's
 * place, participants, level and documents. Checked word for word against the seed article or the
 * quoted words of the research line that carries the source's address (`data/anchoring.test.ts`).
 */
export const sourceQuote = z.object({
  sourceId: recordId,
  text: z.string().min(1),
  /**
   * The text is the research notes' account of the page (`shared/research/`), not the page's own
   * words: no copy of the page is stored. It backs a claim as the notes do, and is shown as such.
   */
  note: z.literal(true).optional(),
});

export const eventLevel = z.enum([
  'head-of-state',
  'head-of-government',
  'party-leader',
  'parliament',
  'ministerial',
  'local',
  'other',
]);

export const eventDirection = z.enum(['vn-to-by', 'by-to-vn', 'third-country', 'bilateral']);

export const event = z.object({
  id: recordId,
  date: datePoint,
  kind: eventKind,
  level: eventLevel,
  direction: eventDirection,
  /** Where it happened (a place id), when known. */
  placeId: recordId.optional(),
  participants: z.array(z.string().min(1)),
  title: bilingual,
  summary: bilingual,
  /** Documents signed, as the source names them. */
  documents: z.array(bilingual),
  sourceIds: z.array(recordId).min(1),
  tags: z.array(z.string().min(1)),
  /** Partnerships this event concerns (links to the map). */
  partnershipIds: z.array(recordId).optional(),
  /** At least one quote per cited source: the stored text every claim of the record rests on. */
  quotes: z.array(sourceQuote).min(1),
  /** A commission session's number, as the sources count it (14 for the 14th session). */
  session: z.number().int().positive().optional(),
});

export const partnership = z.object({
  id: recordId,
  vnPlaceId: recordId,
  byPlaceId: recordId,
  status: z.enum(['signed', 'proposed', 'cited']),
  /** Null when no source gives a date. */
  since: datePoint.nullable(),
  documents: z.array(z.object({ title: bilingual, date: dateString.optional() })),
  sourceIds: z.array(recordId).min(1),
  note: bilingual.optional(),
  /**
   * The quotes the pair rests on, each with what it shows: a signing, a tie cited without one, or
   * a proposal. The status may not be stronger than the strongest quote.
   */
  quotes: z.array(sourceQuote.extend({ shows: z.enum(['signed', 'cited', 'proposed']) })).min(1),
});

export const indicator = z.object({
  id: recordId,
  name: z.enum(['community', 'students', 'tourists', 'investment-projects', 'investment-capital', 'embassy']),
  label: bilingual,
  date: datePoint,
  value: z.number().nonnegative(),
  unit: z.enum(['people', 'visitors', 'projects', 'usd']),
  qualifier: z.enum(['exact', 'about', 'almost', 'over']),
  uncertain: z.boolean(),
  sourceId: recordId,
  quote: z.string().min(1),
});

/** What one side sells to the other, as one source lists it. */
export const goodsList = z.object({
  id: recordId,
  /** Year the source describes (usually its publication year). */
  year: z.number().int().min(1945).max(2100),
  flow: z.enum(['vn-exports', 'vn-imports']),
  items: z.array(bilingual).min(1),
  sourceId: recordId,
  quote: z.string().min(1),
});

/**
 * A person named among an event's participants, with the name as readers of each language know
 * it: Vietnamese names with their diacritics and in the standard Russian transcription, Belarusian
 * names as Belarusian state media write them in Russian. A name form, not a fact: no source.
 */
export const person = z.object({
  id: recordId,
  /** The exact string the events' `participants` use (the Latin form, as stored there). */
  name: z.string().min(1),
  names: z.object({
    vi: z.string().min(1),
    en: z.string().min(1),
    ru: z.string().min(1),
  }),
  /** Other forms the sources or readers use (a surname alone, an older transcription). */
  aliases: z.array(z.string().min(1)).optional(),
  /**
   * The offices that set an event's level (`eventLevel`), from and to as far as the dataset needs
   * them (`to` absent: held at the latest event). Written to month precision at most.
   */
  offices: z.array(z.object({ level: eventLevel, from: dateString, to: dateString.optional() })).optional(),
});

/** The files of the dataset and the schema of each one's records. */
export const datasetFiles = {
  'sources.json': source,
  'places.json': place,
  'trade.json': tradeFigure,
  'official.json': officialFigure,
  'events.json': event,
  'partnerships.json': partnership,
  'indicators.json': indicator,
  'goods.json': goodsList,
  'people.json': person,
} as const;

export type DatasetFileName = keyof typeof datasetFiles;
export type Source = z.infer<typeof source>;
export type PublisherNames = z.infer<typeof publisherNames>;
export type Place = z.infer<typeof place>;
export type TradeFigure = z.infer<typeof tradeFigure>;
export type OfficialFigure = z.infer<typeof officialFigure>;
export type DatePoint = z.infer<typeof datePoint>;
export type Precision = z.infer<typeof precision>;
export type Bilingual = z.infer<typeof bilingual>;
export type CountryCode = z.infer<typeof countryCode>;
export type DatasetEvent = z.infer<typeof event>;
export type EventKind = z.infer<typeof eventKind>;
export type EventLevel = z.infer<typeof eventLevel>;
export type EventDirection = z.infer<typeof eventDirection>;
export type Partnership = z.infer<typeof partnership>;
export type Indicator = z.infer<typeof indicator>;
export type GoodsList = z.infer<typeof goodsList>;
export type Person = z.infer<typeof person>;

/** The whole dataset as the app loads it: one array of records per file. */
export interface Dataset {
  sources: Source[];
  places: Place[];
  trade: TradeFigure[];
  official: OfficialFigure[];
  events: DatasetEvent[];
  partnerships: Partnership[];
  indicators: Indicator[];
  goods: GoodsList[];
  people: Person[];
}

/** `2023-12-06`, `2010-05` or `2008`, and a real date (no 31 February). */
export function isValidPartialDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return year >= 1900 && year <= 2100;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
