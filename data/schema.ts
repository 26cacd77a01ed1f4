/**
 * The dataset contract. Every JSON file in `data/` is checked against these schemas at build
 * start (the `validate-dataset` Vite plugin) and in `data/validate.test.ts`. Types used by the
 * app are inferred from here, so the schema is the single source of truth.
 *
 * It is also the one place where each field's meaning is written: every leaf of a record carries
 * a description (zod's metadata, public through `z.toJSONSchema`), and the download's codebook
 * (`scripts/build/dataset-zip.ts`) reads them from there; a column without one fails the build.
 * A shared shape (a date, a text in several languages) describes its parts once, as words that
 * complete the field using it: see `part`.
 *
 * Bump SCHEMA_VERSION when a record's shape changes (not when records are added).
 */
import { z } from 'zod';
import { RECORD_ID_PATTERN } from './record-id.ts';

export const SCHEMA_VERSION = 2;

/** Record ids: lower-case kebab, e.g. `visit-2023-12-golovchenko`. */
export const recordId = z.string().regex(RECORD_ID_PATTERN, 'must be lower-case letters, digits and dashes');

/**
 * A part of a shared shape, described as words that complete its field's description: a field
 * "Date of the event" and its part `start` "first (or only) day, …" make the column `date_start`
 * "Date of the event: first (or only) day, …". `follows` is what joins the two.
 */
export type PartMeta = { description: string; follows: ' ' | ': ' };
const part = (follows: PartMeta['follows'], description: string): PartMeta => ({ description, follows });

/** Fields several files share, each described once. */
const id = recordId.describe(
  'Record id, lower-case kebab, unique in its file; the dashboard links records by it.',
);
const sourceId = recordId.describe(
  'Id of the source the record comes from (`sources.csv`, `csv/sources.csv`).',
);
const sourceIds = z
  .array(recordId)
  .min(1)
  .describe('Ids of the sources the record comes from, joined by " | " (one or more).');
const quote = z
  .string()
  .min(1)
  .describe('A short verbatim quote from the source that states the figure or list.');
const qualifier = z
  .enum(['exact', 'about', 'almost', 'over'])
  .describe(
    'How the source words the figure: `exact`, `about` ("khoảng", "around"), `almost` ("gần", "nearly", "почти") or `over` ("hơn", "exceeded", "более": a lower bound).',
  );
const aliases = z
  .array(z.string().min(1))
  .describe(
    'Other forms the sources use for the name (a surname alone, another transcription), joined by " | "; they let a quote that uses them count as naming it.',
  );

/** Languages a source or a name may be written in (ISO 639-1). */
export const language = z.enum(['vi', 'en', 'ru', 'be', 'fr', 'es', 'pl', 'de', 'zh']);

export const bilingual = z
  .object({
    vi: z.string().min(1).meta(part(' ', 'in Vietnamese (with diacritics).')),
    en: z.string().min(1).meta(part(' ', 'in English.')),
    ru: z.string().min(1).optional().meta(part(' ', 'in Russian (empty where not known).')),
  })
  .describe('Text given in both UI languages; Russian where known.');

/** A note shown to readers, in their language. */
const noteForReaders = bilingual.optional().describe('Note for readers');

export const precision = z.enum(['day', 'month', 'year']);

/**
 * A calendar date written to its precision: `2023-12-06` (day), `2010-05` (month), `2008` (year).
 * The string's shape must match the declared precision and be a real calendar date.
 */
export const dateString = z.string().refine(isValidPartialDate, {
  message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
});

/** A date or date range with its precision. */
export const datePoint = z
  .object({
    start: dateString.meta(
      part(
        ': ',
        'first (or only) day, written to its precision: `2023-12-06` (day), `2010-05` (month), `2008` (year).',
      ),
    ),
    end: dateString
      .optional()
      .meta(part(': ', 'last day of a range, inclusive, to the same precision; empty for a single date.')),
    precision: precision.meta(part(': ', 'the precision the date is written to.')),
    circa: z
      .boolean()
      .optional()
      .meta(
        part(
          ': ',
          '`true` when the source does not state the year and it was inferred from context; empty otherwise.',
        ),
      ),
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
  .object({
    vi: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The publisher's established name in Vietnamese; empty where it has none (the original name is used).",
      ),
    ru: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The publisher's established name in Russian; empty where it has none (the original name is used).",
      ),
  })
  .strict();

export const source = z
  .object({
    id,
    publisher: z
      .string()
      .min(1)
      .describe(
        'Who published the source (outlet, ministry, statistics body), as English pages name it (a Vietnamese or Russian outlet by its own name).',
      ),
    names: publisherNames.optional(),
    title: z
      .string()
      .min(1)
      .describe(
        "The source's title; where the research did not record it, reconstructed from the URL or content (the note says so).",
      ),
    date: dateString.describe(
      'Publication date, written to its precision (YYYY, YYYY-MM or YYYY-MM-DD); where not recorded, the date of the latest fact the page reports (the note says so).',
    ),
    language: language.describe('Language the source is written in (ISO 639-1).'),
    kind: z
      .enum(['news', 'official', 'statistics'])
      .describe(
        '`official` (government, embassy, president, state portal), `news` (media, company press pages, mirrors) or `statistics` (a statistics body or dataset).',
      ),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe(
        "Address of the source: the publisher's own page (for a dataset read from a copy, the publisher's page for the dataset; the copy is in `copy_*`); empty for the five seed articles, whose URLs are not known.",
      ),
    seedFile: z
      .string()
      .optional()
      .describe('For a seed article: its file name in the project’s `shared/seeds/`.'),
    dataset: z
      .string()
      .min(1)
      .optional()
      .describe('For a statistical dataset: its name as the publisher gives it.'),
    copy: z
      .object({
        repository: z
          .url({ protocol: /^https$/ })
          .describe('For a dataset read from a copy of the publisher’s files: the repository of the copy.'),
        commit: z
          .string()
          .regex(/^[0-9a-f]{40}$/)
          .describe('The commit of that copy (40 hex digits).'),
        paths: z
          .array(z.string().min(1))
          .min(1)
          .describe('The paths of the files in that copy, joined by " | ".'),
        date: dateString.describe('The copy’s commit date: the download from the publisher is no later.'),
      })
      .optional(),
    note: z
      .string()
      .optional()
      .describe('Provenance notes (reconstructed title or date, mirrors, cross-checks).'),
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
  id,
  names: bilingual
    .extend({ be: z.string().min(1).optional().meta(part(' ', 'in Belarusian (empty where not known).')) })
    .describe('Name'),
  country: countryCode.describe('Country the place is in (`VN`, `BY`, ...).'),
  kind: z.enum(['city', 'region', 'country']).describe('`city`, `region` (province, oblast) or `country`.'),
  latitude: z.number().min(-90).max(90).describe('Latitude of the GeoNames point, decimal degrees (WGS 84).'),
  longitude: z
    .number()
    .min(-180)
    .max(180)
    .describe('Longitude of the GeoNames point, decimal degrees (WGS 84).'),
  geonamesId: z.number().int().positive().describe('GeoNames id of the point the coordinates come from.'),
  coordinateNote: z
    .string()
    .optional()
    .describe(
      'What the point is when it is not the place itself, e.g. "administrative seat: Brest (city)" for a region; a country uses its capital.',
    ),
  // E.g. Vietnam's provincial mergers of 1 July 2025.
  note: noteForReaders,
  aliases: aliases.optional(),
});

const flags = z.object({
  partial: z.boolean().describe('`true` when the period is part of a year (months other than `1-12`).'),
  uncertain: z
    .boolean()
    .describe(
      '`true` when the source is ambiguous about the year, the basis or the figure (the note says why).',
    ),
  conflicting: z
    .boolean()
    .describe('`true` when another source reports a different figure for the same period and flow.'),
});

export const tradeFigure = z
  .object({
    id,
    reporter: z
      .enum(['VN', 'BY', 'other'])
      .describe(
        "Whose statistics the figure is: `VN` (Vietnamese customs, ministry or state media), `BY` (Belarusian officials or state media) or `other` (neither side is clear). The two sides' series differ and must never be merged.",
      ),
    partner: countryCode.describe(
      "Vietnam's trading partner: `BY` for Vietnam–Belarus; `RU`, `KZ`, `AZ` are context figures (Vietnam's 2024 trade with them).",
    ),
    flow: z
      .enum(['total', 'vn-exports', 'vn-imports'])
      .describe(
        '`total` (exports + imports as the source states it), `vn-exports` (Vietnam → Belarus) or `vn-imports` (Belarus → Vietnam).',
      ),
    period: z.object({
      year: z.number().int().min(1945).max(2100).describe('Calendar year the figure covers.'),
      months: z
        .tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(12)])
        .describe(
          'First and last month covered, inclusive, written `from-to`: `1-12` is the full year, `1-8` January–August, `1-3` the first quarter. Written `="1-8"` so a spreadsheet keeps it as text (see "CSV conventions").',
        ),
    }),
    valueUsd: z
      .number()
      .nonnegative()
      .describe(
        'Value in **whole US dollars** (not millions): "151 million" is `151000000`. As the source states it: nothing is converted, rounded or estimated.',
      ),
    qualifier,
    flags,
    conflictsWith: z
      .array(recordId)
      .optional()
      .describe('Ids of the figures that disagree with this one, joined by " | " (the link goes both ways).'),
    sourceId,
    quote,
    note: z
      .string()
      .optional()
      .describe('Notes for readers: other sources stating the same figure, why a flag is set.'),
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
  id,
  dataset: z
    .literal('imf-dots')
    .describe(
      'The statistical dataset the figure is a cell of: `imf-dots` (IMF Direction of Trade Statistics).',
    ),
  reporter: z
    .enum(['VN', 'BY'])
    .describe('The country that reports the figure to the IMF: `VN` (Vietnam) or `BY` (Belarus).'),
  partner: z
    .enum(['VN', 'BY', 'RU', 'KZ', 'AZ', 'WORLD'])
    .describe("The reporter's trading partner; `WORLD` is the reporter's total with all partners."),
  flow: z
    .enum(['exports', 'imports'])
    .describe(
      'The flow as the reporter states it: `exports` (its exports to the partner) or `imports` (its imports from the partner).',
    ),
  basis: z
    .enum(['FOB', 'CIF'])
    .describe('`FOB` (exports, free on board) or `CIF` (imports, with cost, insurance and freight).'),
  year: z.number().int().min(1945).max(2100).describe('Calendar year.'),
  valueUsd: z
    .number()
    .int()
    .nonnegative()
    .describe(
      '**Whole US dollars**: the cell (US$ millions) × 1,000,000, rounded to the dollar (DOTS publishes to thousands of dollars at best, so nothing is lost).',
    ),
  flags: z.object({
    uncertain: z
      .boolean()
      .describe(
        '`true` when the figure is kept as published but is doubtful (Vietnam-reported exports to Belarus, 2014); the note says why.',
      ),
    estimated: z
      .boolean()
      .describe(
        '`true` when the IMF marks the cell as its own estimate ("e"); none of the cells taken is one.',
      ),
  }),
  // Why a figure is flagged, shown to readers.
  note: noteForReaders,
  sourceId,
  cell: z.object({
    file: z
      .string()
      .min(1)
      .describe('The original xlsx file (`DOTS_213.xlsx` Vietnam, `DOTS_18.xlsx` Belarus).'),
    sheet: z.string().min(1).describe('The sheet: `Exports, FOB` or `Imports, CIF`.'),
    ref: z
      .string()
      .regex(/^[A-Z]+\d+$/)
      .describe('The cell reference, e.g. `AX86`.'),
  }),
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
  sourceId: recordId.describe(
    'For each stored quote, the source it comes from, joined by " | " (every cited source has at least one).',
  ),
  text: z
    .string()
    .min(1)
    .describe(
      'The quotes that back the record\'s place, participants, level and documents, each short and in the source\'s language, joined by " | ".',
    ),
  // No copy of the page is stored: such a text backs a claim as the notes do, and is shown as such.
  note: z
    .literal(true)
    .optional()
    .describe(
      "For each quote, `true` when it is the research notes' account of the page rather than the page's own words (no copy of the page is stored); an empty item for a verbatim quote.",
    ),
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
  id,
  date: datePoint.describe('Date of the event'),
  kind: eventKind.describe('What happened.'),
  level: eventLevel.describe(
    'The highest level taking part; deputy prime ministers, ministers and deputy ministers are `ministerial`.',
  ),
  direction: eventDirection.describe(
    '`vn-to-by` (the Vietnamese side travels to Belarus), `by-to-vn`, `third-country` (elsewhere; `placeId` is the host city) or `bilateral` (not tied to a trip).',
  ),
  placeId: recordId
    .optional()
    .describe(
      'Where it happened (an id in `places.csv`), when known; a country place where the city is not known.',
    ),
  participants: z
    .array(z.string().min(1))
    .describe('People taking part, by the Latin string `people.csv` keys them by, joined by " | ".'),
  title: bilingual.describe('Title written for this dataset'),
  summary: bilingual.describe('One-sentence summary'),
  documents: z.array(bilingual).describe('Documents signed (as the source names them)'),
  sourceIds,
  tags: z
    .array(z.string().min(1))
    .describe(
      'Free tags, joined by " | "; `conflict` marks a fact the sources date differently (the summary says how).',
    ),
  partnershipIds: z
    .array(recordId)
    .optional()
    .describe('Partnerships the event concerns (ids in `partnerships.csv`), joined by " | ".'),
  quotes: z
    .array(sourceQuote)
    .min(1)
    .describe('At least one quote per cited source: the stored text every claim of the record rests on.'),
  session: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('For a commission session, its number as the sources count it (14 for the 14th).'),
});

export const partnership = z.object({
  id,
  vnPlaceId: recordId.describe('The Vietnamese locality (an id in `places.csv`), named as at signing.'),
  byPlaceId: recordId.describe('The Belarusian locality (an id in `places.csv`).'),
  status: z
    .enum(['signed', 'proposed', 'cited'])
    .describe(
      '`signed` (a source says documents were signed), `proposed` (an intention or proposal only) or `cited` (a source mentions the pair as existing; no signing found).',
    ),
  since: datePoint
    .nullable()
    .describe('Signing date (for `proposed`, the date of the proposal); all empty when no source gives one'),
  documents: z.array(
    z.object({
      title: bilingual.describe('Each document’s title'),
      date: dateString
        .optional()
        .describe('The date of each document, in the same order (an empty item where not known).'),
    }),
  ),
  sourceIds,
  note: noteForReaders,
  // The status may not be stronger than the strongest quote (checked in `anchoring.ts`).
  quotes: z
    .array(
      sourceQuote.extend({
        shows: z
          .enum(['signed', 'cited', 'proposed'])
          .describe(
            'For each quote, what it shows: `signed`, `cited` (a tie without a signing) or `proposed`; the status is never stronger than the strongest.',
          ),
      }),
    )
    .min(1),
});

export const indicator = z.object({
  id,
  name: z
    .enum(['community', 'students', 'tourists', 'investment-projects', 'investment-capital', 'embassy'])
    .describe('What is measured.'),
  label: bilingual.describe('Label'),
  date: datePoint.describe('Date the value refers to'),
  value: z.number().nonnegative().describe('The value, in `unit`; money in whole US dollars.'),
  unit: z
    .enum(['people', 'visitors', 'projects', 'usd'])
    .describe('`people`, `visitors`, `projects` or `usd` (whole US dollars).'),
  qualifier,
  uncertain: z.boolean().describe('`true` when the source is ambiguous about the figure or its date.'),
  sourceId,
  quote,
});

export const goodsList = z.object({
  id,
  year: z
    .number()
    .int()
    .min(1945)
    .max(2100)
    .describe('Year the source describes (usually its publication year).'),
  flow: z
    .enum(['vn-exports', 'vn-imports'])
    .describe('`vn-exports` (Vietnam → Belarus) or `vn-imports` (Belarus → Vietnam).'),
  items: z.array(bilingual).min(1).describe('The goods listed'),
  sourceId,
  quote,
});

export const person = z.object({
  id,
  name: z.string().min(1).describe('The exact string `events.csv` uses in `participants` (the Latin form).'),
  names: z
    .object({
      vi: bilingual.shape.vi,
      en: z.string().min(1).describe('Name in English: the form stored in `participants`.'),
      ru: z.string().min(1).meta(part(' ', 'in Russian.')),
    })
    .describe('Name'),
  aliases: aliases.optional(),
  offices: z
    .array(
      z.object({
        level: eventLevel.describe(
          'The levels of the offices that set an event\'s level (an event\'s `level` is the highest office among its participants on its date), joined by " | ".',
        ),
        from: dateString.describe('When each office began, YYYY or YYYY-MM, in the same order.'),
        to: dateString
          .optional()
          .describe('When each office ended, in the same order (an empty item: held at the latest event).'),
      }),
    )
    .optional()
    .describe('Written to month precision at most, as far as the dataset needs them.'),
});

/** The files of the dataset and the schema of each one's records, described file by file. */
export const datasetFiles = {
  'sources.json': source.describe(
    'One record per source: the five seed articles (`seedFile`, no URL) and one per distinct URL of the public research, plus the IMF DOTS dataset (`imf-dots`).',
  ),
  'places.json': place.describe(
    'The gazetteer: every place events and partnerships name, with GeoNames coordinates (generated by `scripts/generate/build-places.ts`; never typed by hand).',
  ),
  'trade.json': tradeFigure.describe(
    'Trade figures quoted in the news: one per reporter, partner, flow and period, each with a verbatim quote. A statement relayed by a journalist, not a statistical table.',
  ),
  'official.json': officialFigure.describe(
    'Official trade statistics: the IMF Direction of Trade Statistics (DOTS) as Vietnam and Belarus each report them, 1992–2020, one record per spreadsheet cell (generated by `scripts/generate/build-dots.ts` from the original xlsx files).',
  ),
  'events.json': event.describe(
    'Visits, meetings, talks, agreements, commission sessions, culture days, diplomatic steps and milestones since 1957.',
  ),
  'partnerships.json': partnership.describe(
    'Partnerships between a Vietnamese and a Belarusian locality (province/city ↔ oblast/city).',
  ),
  'indicators.json': indicator.describe(
    'Community size, students, tourists, investment projects and capital, as a source states them.',
  ),
  'goods.json': goodsList.describe('What each side sells to the other, as one source lists it.'),
  'people.json': person.describe(
    'Every event participant named as readers of each language know them, keyed by the string `events.json` uses in `participants`. Name forms, not facts: no source.',
  ),
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
