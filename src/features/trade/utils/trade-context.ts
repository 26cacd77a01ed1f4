/**
 * The view's surroundings: events on the time axis, Vietnam's trade with its other partners,
 * goods lists and investment/people indicators. Pure transforms of the records.
 */
import { recordsInYears, yearIndex, type YearIndex } from '@/lib/filters/year-index';
import { officialTotals } from '@/lib/official-totals';
import { langPath, type Lang } from '@/lib/url/lang';
import { appSearch } from '@/lib/url/shared-params';
import { type YearRange, yearInRange } from '@/lib/url/year-range';
import { compareIds } from '@data/record-id';
import type {
  DatasetEvent,
  DatePoint,
  GoodsList,
  Indicator,
  OfficialFigure,
  TradeFigure,
} from '@data/schema';

const TOP_LEVELS: DatasetEvent['level'][] = ['head-of-state', 'head-of-government', 'party-leader'];

/**
 * A date as a position on a year axis where year Y spans [Y − 0.5, Y + 0.5] (points sit at Y):
 * `2023-12-06` → about 2023.43; a year-precision date sits mid-year, at Y.
 */
export function yearPosition(date: DatePoint): number {
  const [y, m, d] = date.start.split('-').map(Number);
  const year = y!;
  if (m === undefined) return year;
  const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const inMonth = d === undefined ? 0.5 : (d - 0.5) / daysInMonth;
  return year - 0.5 + (m - 1 + inMonth) / 12;
}

/** An event marked on the time axis. */
export interface EventMarker {
  event: DatasetEvent;
  x: number;
}

const compareMarkers = (a: EventMarker, b: EventMarker) => a.x - b.x || compareIds(a.event.id, b.event.id);
// Year Y's markers sit in [Y − 0.5, Y + 0.5).
const markerYear = (m: EventMarker) => Math.floor(m.x + 0.5);

/**
 * Every event the time axis marks, in any years, in time order: top-level visits and meetings
 * (state, government, party leaders) and agreements.
 */
export function allEventMarkers(events: DatasetEvent[]): EventMarker[] {
  return events
    .filter((e) => TOP_LEVELS.includes(e.level) || e.kind === 'agreement')
    .map((event) => ({ event, x: yearPosition(event.date) }))
    .sort(compareMarkers);
}

/** The year index of the markers: build it once per events list, where the events arrive. */
export function markerIndex(markers: readonly EventMarker[]): YearIndex<EventMarker> {
  return yearIndex(markers, markerYear, compareMarkers);
}

/** The markers within the range, in time order, found through their year index. */
export function markersInYears(index: YearIndex<EventMarker>, range: YearRange): EventMarker[] {
  // The index narrows by whole years; the exact test on x keeps the edges as they were.
  return recordsInYears(index, { from: range.from - 1, to: range.to + 1 }).filter(
    (m) => m.x >= range.from - 0.5 && m.x < range.to + 0.5,
  );
}

const SIMPLE_ID = /^[A-Za-z0-9._-]+$/;

/**
 * `(id) => /vi/visits?…&event=<id>` for markers, from the page's language and the search their
 * links keep. One template per search (the id spliced in) rather than a URLSearchParams per
 * marker and render.
 */
export function eventHrefBuilder(search: string, lang: Lang = 'en'): (id: string) => string {
  const build = (id: string) => `${langPath(lang, '/visits')}${appSearch(search, { event: id })}`;
  const parts = build('\u0000').split('%00');
  if (parts.length !== 2) return build;
  const [before, after] = parts;
  return (id: string) => (SIMPLE_ID.test(id) ? `${before}${id}${after}` : build(id));
}

export const CONTEXT_PARTNERS = ['BY', 'RU', 'KZ', 'AZ'] as const;

/** A bar in the comparison: one partner as one reporter gives it. */
export interface ContextBar {
  partner: (typeof CONTEXT_PARTNERS)[number];
  figure: TradeFigure;
}

/**
 * Vietnam's total trade with Belarus beside Russia, Kazakhstan and Azerbaijan, in the latest
 * year Vietnam reports for one of those three: Vietnam's figures for them, and Belarus's
 * figures from every reporter (the two sides' statistics differ).
 */
export function contextComparison(trade: TradeFigure[]): { year: number | null; bars: ContextBar[] } {
  const others = trade.filter(
    (f) => f.flow === 'total' && f.reporter === 'VN' && ['RU', 'KZ', 'AZ'].includes(f.partner),
  );
  if (others.length === 0) return { year: null, bars: [] };
  const year = Math.max(...others.map((f) => f.period.year));
  const bars = trade
    .filter(
      (f) =>
        f.flow === 'total' &&
        f.period.year === year &&
        (f.partner === 'BY' || (f.reporter === 'VN' && ['RU', 'KZ', 'AZ'].includes(f.partner))),
    )
    .map((figure) => ({ partner: figure.partner as ContextBar['partner'], figure }))
    .sort((a, b) => b.figure.valueUsd - a.figure.valueUsd || compareIds(a.figure.id, b.figure.id));
  return { year, bars };
}

export const INDICATOR_NAMES = [
  'investment-projects',
  'investment-capital',
  'community',
  'students',
  'tourists',
] as const satisfies readonly Indicator['name'][];

/** One card: one indicator as one label names it, its latest value and its history (oldest first). */
export interface IndicatorCard {
  name: (typeof INDICATOR_NAMES)[number];
  latest: Indicator;
  /** Other values given for the same latest date (another source). */
  alsoLatest: Indicator[];
  history: Indicator[];
}

/**
 * Cards in a fixed order of indicator names. Values that share a name but not a label (the
 * whole country versus one province or one joint venture) get cards of their own, the series
 * with most values first, so a trend never mixes them.
 */
export function indicatorCards(indicators: Indicator[]): IndicatorCard[] {
  return INDICATOR_NAMES.flatMap((name) => {
    const groups = new Map<string, Indicator[]>();
    for (const i of indicators.filter((i) => i.name === name)) {
      groups.set(i.label.en, [...(groups.get(i.label.en) ?? []), i]);
    }
    return [...groups.entries()]
      .sort(([la, a], [lb, b]) => b.length - a.length || la.localeCompare(lb))
      .map(([, list]) => {
        const history = [...list].sort(
          (a, b) => yearPosition(a.date) - yearPosition(b.date) || compareIds(a.id, b.id),
        );
        const latest = history.at(-1)!;
        const alsoLatest = history.filter(
          (i) => i !== latest && yearPosition(i.date) === yearPosition(latest.date),
        );
        return { name, latest, alsoLatest, history };
      });
  });
}

/** Goods lists grouped by the year the source describes, newest first. */
export function goodsByYear(
  goods: GoodsList[],
): { year: number; exports: GoodsList[]; imports: GoodsList[] }[] {
  const years = [...new Set(goods.map((g) => g.year))].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    exports: goods
      .filter((g) => g.year === year && g.flow === 'vn-exports')
      .sort((a, b) => compareIds(a.id, b.id)),
    imports: goods
      .filter((g) => g.year === year && g.flow === 'vn-imports')
      .sort((a, b) => compareIds(a.id, b.id)),
  }));
}

type ContextPartner = (typeof CONTEXT_PARTNERS)[number];

/** The first and last year the official statistics cover, or null when there are none. */
export function officialYears(official: OfficialFigure[]): { from: number; to: number } | null {
  if (official.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const f of official) {
    if (f.year < from) from = f.year;
    if (f.year > to) to = f.year;
  }
  return { from, to };
}

/** A year of Vietnam's reported total trade with each partner (absent where a flow is missing). */
export type PartnerYear = { year: number } & Partial<Record<ContextPartner, number>>;

/**
 * Vietnam's total trade with Belarus, Russia, Kazakhstan and Azerbaijan as Vietnam reports it to
 * the IMF, one row per year of the range that has any, computed from exports and imports.
 */
export function partnersOverTime(official: OfficialFigure[], range: YearRange): PartnerYear[] {
  const totals = CONTEXT_PARTNERS.map((p) => [p, officialTotals(official, 'VN', p)] as const);
  const years = new Set<number>();
  for (const [, t] of totals) for (const y of t.keys()) if (yearInRange(y, range)) years.add(y);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const row: PartnerYear = { year };
      for (const [p, t] of totals) if (t.has(year)) row[p] = t.get(year);
      return row;
    });
}

/** Each country's share of the other's trade in a year, as each reports it (computed). */
export interface ShareYear {
  year: number;
  /** Belarus's share of Vietnam's trade with the world, from Vietnam's figures. */
  belarusInVietnam?: number;
  /** Vietnam's share of Belarus's trade with the world, from Belarus's figures. */
  vietnamInBelarus?: number;
}

export function tradeShares(official: OfficialFigure[], range: YearRange): ShareYear[] {
  const vnBy = officialTotals(official, 'VN', 'BY');
  const vnWorld = officialTotals(official, 'VN', 'WORLD');
  const byVn = officialTotals(official, 'BY', 'VN');
  const byWorld = officialTotals(official, 'BY', 'WORLD');
  const share = (part: number | undefined, whole: number | undefined) =>
    part !== undefined && whole ? part / whole : undefined;
  const years = new Set([...vnBy.keys(), ...byVn.keys()].filter((y) => yearInRange(y, range)));
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const row: ShareYear = { year };
      const a = share(vnBy.get(year), vnWorld.get(year));
      const b = share(byVn.get(year), byWorld.get(year));
      if (a !== undefined) row.belarusInVietnam = a;
      if (b !== undefined) row.vietnamInBelarus = b;
      return row;
    });
}
