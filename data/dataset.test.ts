/**
 * Checks on the real dataset in data/*.json: it validates, every record is sourced, places have
 * GeoNames coordinates, every seed article is cited, trade figures are not duplicated and
 * conflicts point both ways.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placesFromInput } from '../scripts/generate/build-places';
import { readDatasetFiles } from './load-dataset';
import type {
  DatasetEvent,
  GoodsList,
  Indicator,
  Partnership,
  Person,
  Place,
  Source,
  TradeFigure,
} from './schema';
import { formatProblem, validateDataset } from './validate';

const { files, problems: readProblems } = readDatasetFiles();
const sources = files['sources.json'] as Source[];
const places = files['places.json'] as Place[];
const trade = files['trade.json'] as TradeFigure[];
const events = files['events.json'] as DatasetEvent[];
const partnerships = files['partnerships.json'] as Partnership[];
const indicators = files['indicators.json'] as Indicator[];
const goods = files['goods.json'] as GoodsList[];
const people = files['people.json'] as Person[];
const sourceIds = new Set(sources.map((s) => s.id));

/** The five articles the dashboard was specified from (shared/seeds/). */
const SEED_FILES = [
  '2011-11_communist-review_economic-trade-cooperation.vi.txt',
  '2023-12_nhan-dan_new-vision-traditional-relations.vi.txt',
  '2024-10_government-portal_kazan-meeting.vi.txt',
  '2025-05_hanoi-times_strategic-partnership.en.txt',
  '2025-05_nhan-dan_traditional-friends-visits.vi.txt',
];
const here = dirname(fileURLToPath(import.meta.url));
const seedDir = join(here, '..', '..', 'shared', 'seeds');

const datePrecisionOk = (d: { start: string; precision?: string }) =>
  d.precision !== undefined && d.start.length === { year: 4, month: 7, day: 10 }[d.precision];

describe('the dataset', () => {
  it('validates with no problems', () => {
    const all = [...readProblems, ...validateDataset(files)];
    expect(all.map(formatProblem)).toEqual([]);
  });

  it('has records in every file', () => {
    for (const list of [sources, places, trade, events, partnerships, indicators, goods, people]) {
      expect(list.length).toBeGreaterThan(0);
    }
  });

  it('gives every record a source that exists', () => {
    const missing: string[] = [];
    for (const e of events) {
      if (e.sourceIds.length === 0) missing.push(`events.json ${e.id}: no sourceIds`);
      for (const s of e.sourceIds) if (!sourceIds.has(s)) missing.push(`events.json ${e.id}: ${s}`);
    }
    for (const p of partnerships) {
      if (p.sourceIds.length === 0) missing.push(`partnerships.json ${p.id}: no sourceIds`);
      for (const s of p.sourceIds) if (!sourceIds.has(s)) missing.push(`partnerships.json ${p.id}: ${s}`);
    }
    for (const [file, list] of [
      ['trade.json', trade],
      ['indicators.json', indicators],
      ['goods.json', goods],
    ] as const) {
      for (const r of list) {
        if (!r.sourceId || !sourceIds.has(r.sourceId)) missing.push(`${file} ${r.id}: ${r.sourceId}`);
        if (!r.quote?.trim()) missing.push(`${file} ${r.id}: no quote`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives every source either a URL or a seed file', () => {
    expect(sources.filter((s) => !s.url && !s.seedFile).map((s) => s.id)).toEqual([]);
  });

  it('gives every place GeoNames coordinates', () => {
    for (const p of places) {
      expect(Number.isFinite(p.latitude), p.id).toBe(true);
      expect(Number.isFinite(p.longitude), p.id).toBe(true);
      expect(p.geonamesId, p.id).toBeGreaterThan(0);
    }
  });

  it('keeps places.json in step with the gazetteer input (scripts/generate/build-places.ts)', () => {
    expect(placesFromInput()).toEqual(places);
  });

  it('writes every date to its precision', () => {
    const bad: string[] = [];
    for (const e of events) if (!datePrecisionOk(e.date)) bad.push(e.id);
    for (const i of indicators) if (!datePrecisionOk(i.date)) bad.push(i.id);
    for (const p of partnerships) if (p.since && !datePrecisionOk(p.since)) bad.push(p.id);
    expect(bad).toEqual([]);
  });

  it('gives every trade figure a period and a reporter', () => {
    for (const t of trade) {
      expect(t.period?.year, t.id).toBeTypeOf('number');
      expect(t.period?.months, t.id).toHaveLength(2);
      expect(['VN', 'BY', 'other'], t.id).toContain(t.reporter);
    }
  });

  it('cites every seed article from at least one record', () => {
    const cited = new Set([
      ...events.flatMap((e) => e.sourceIds),
      ...partnerships.flatMap((p) => p.sourceIds),
      ...trade.map((t) => t.sourceId),
      ...indicators.map((i) => i.sourceId),
      ...goods.map((g) => g.sourceId),
    ]);
    for (const file of SEED_FILES) {
      const source = sources.find((s) => s.seedFile === file);
      expect(source, `no source for seed ${file}`).toBeDefined();
      expect(cited.has(source?.id ?? ''), `seed ${file} is not cited`).toBe(true);
    }
  });

  it.skipIf(!existsSync(seedDir))('quotes the seed articles verbatim', () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const text = new Map(
      sources
        .filter((s) => s.seedFile)
        .map((s) => [s.id, norm(readFileSync(join(seedDir, s.seedFile ?? ''), 'utf8'))]),
    );
    const notFound: string[] = [];
    for (const r of [...trade, ...indicators, ...goods]) {
      const article = text.get(r.sourceId);
      if (article !== undefined && !article.includes(norm(r.quote))) notFound.push(r.id);
    }
    expect(notFound).toEqual([]);
  });

  it('has no duplicate trade figures', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const t of trade) {
      const key = [t.reporter, t.partner, t.flow, t.period.year, t.period.months.join('-'), t.valueUsd].join(
        '|',
      );
      const prev = seen.get(key);
      if (prev) dups.push(`${prev} = ${t.id}`);
      seen.set(key, t.id);
    }
    expect(dups).toEqual([]);
  });

  it('records conflicts both ways and flags them', () => {
    const byId = new Map(trade.map((t) => [t.id, t]));
    const bad: string[] = [];
    for (const t of trade) {
      const others = t.conflictsWith ?? [];
      if (t.flags.conflicting !== others.length > 0) bad.push(`${t.id}: flag vs conflictsWith`);
      for (const o of others) {
        const other = byId.get(o);
        if (!other?.conflictsWith?.includes(t.id)) bad.push(`${t.id} -> ${o} not mirrored`);
        if (other && (other.period.year !== t.period.year || other.partner !== t.partner)) {
          bad.push(`${t.id} -> ${o}: different year or partner`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps values in US dollars, not millions', () => {
    for (const t of trade) expect(t.valueUsd, t.id).toBeGreaterThanOrEqual(100_000);
  });

  it('uses reporter VN for the RU/KZ/AZ context figures', () => {
    for (const t of trade.filter((x) => x.partner !== 'BY')) expect(t.reporter, t.id).toBe('VN');
  });

  it('writes Vietnamese text with diacritics', () => {
    const plain: string[] = [];
    for (const e of events) {
      if (!/[^ -~\s]/.test(e.title.vi)) plain.push(`${e.id} title`);
      if (!/[^ -~\s]/.test(e.summary.vi)) plain.push(`${e.id} summary`);
    }
    expect(plain).toEqual([]);
  });

  it('names in people.json only people who take part in an event, each Russian name in Cyrillic', () => {
    const participants = new Set(events.flatMap((e) => e.participants));
    expect(people.filter((p) => !participants.has(p.name)).map((p) => p.id)).toEqual([]);
    expect(people.filter((p) => !/^[\u0400-\u04ff -]+$/.test(p.names.ru)).map((p) => p.id)).toEqual([]);
  });

  it('sets placeId on every third-country meeting', () => {
    for (const e of events.filter((x) => x.direction === 'third-country'))
      expect(e.placeId, e.id).toBeTruthy();
  });
});
