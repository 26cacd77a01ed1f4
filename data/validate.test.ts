/**
 * The validator catches each kind of corruption and names the file, the record and the field.
 * Every test starts from a small valid fixture, corrupts one thing and checks the problem.
 */
import { describe, expect, it } from 'vitest';
import type { DatasetFileName } from './schema';
import { formatProblem, validateDataset, type DataProblem } from './validate';

type Files = Record<DatasetFileName, Record<string, unknown>[]>;

function fixture(): Files {
  return {
    'sources.json': [
      { id: 'src-a', publisher: 'Nhân Dân', title: 'A title', date: '2023-12', language: 'vi', kind: 'news' },
    ],
    'places.json': [
      {
        id: 'hanoi',
        names: { vi: 'Hà Nội', en: 'Hanoi' },
        country: 'VN',
        kind: 'city',
        latitude: 21.0245,
        longitude: 105.84117,
        geonamesId: 1581130,
      },
      {
        id: 'minsk',
        names: { vi: 'Minsk', en: 'Minsk' },
        country: 'BY',
        kind: 'city',
        latitude: 53.9,
        longitude: 27.56667,
        geonamesId: 625144,
      },
    ],
    'trade.json': [
      {
        id: 'trade-2022',
        reporter: 'VN',
        partner: 'BY',
        flow: 'total',
        period: { year: 2022, months: [1, 12] },
        valueUsd: 113900000,
        qualifier: 'exact',
        flags: { partial: false, uncertain: false, conflicting: false },
        sourceId: 'src-a',
        quote: 'đạt 113,9 triệu USD',
      },
    ],
    'events.json': [
      {
        id: 'visit-2023-12',
        date: { start: '2023-12-06', end: '2023-12-09', precision: 'day' },
        kind: 'visit',
        level: 'head-of-government',
        direction: 'by-to-vn',
        placeId: 'hanoi',
        participants: ['Roman Golovchenko'],
        title: { vi: 'Thăm', en: 'Visit' },
        summary: { vi: 'Tóm tắt.', en: 'Summary.' },
        documents: [],
        sourceIds: ['src-a'],
        tags: ['trade'],
        partnershipIds: ['hanoi-minsk'],
        quotes: [{ sourceId: 'src-a', text: 'Thủ tướng Roman Golovchenko tới Hà Nội' }],
      },
    ],
    'partnerships.json': [
      {
        id: 'hanoi-minsk',
        vnPlaceId: 'hanoi',
        byPlaceId: 'minsk',
        status: 'signed',
        since: { start: '2004-11', precision: 'month' },
        documents: [],
        sourceIds: ['src-a'],
        quotes: [{ sourceId: 'src-a', text: 'Hà Nội và Minsk đã ký kết thỏa thuận', shows: 'signed' }],
      },
    ],
    'indicators.json': [
      {
        id: 'community-2023',
        name: 'community',
        label: { vi: 'Cộng đồng', en: 'Community' },
        date: { start: '2023-12', precision: 'month' },
        value: 600,
        unit: 'people',
        qualifier: 'about',
        uncertain: false,
        sourceId: 'src-a',
        quote: 'khoảng 600 người',
      },
    ],
    'official.json': [
      {
        id: 'dots-vn-imports-by-2011',
        dataset: 'imf-dots',
        reporter: 'VN',
        partner: 'BY',
        flow: 'imports',
        basis: 'CIF',
        year: 2011,
        valueUsd: 199280000,
        flags: { uncertain: false, estimated: false },
        sourceId: 'src-a',
        cell: { file: 'DOTS_213.xlsx', sheet: 'Imports, CIF', ref: 'AU81' },
      },
    ],
    'goods.json': [
      {
        id: 'goods-2023',
        year: 2023,
        flow: 'vn-exports',
        items: [{ vi: 'gạo', en: 'rice' }],
        sourceId: 'src-a',
        quote: 'gạo',
      },
    ],
    'people.json': [
      {
        id: 'roman-golovchenko',
        name: 'Roman Golovchenko',
        names: { vi: 'Roman Golovchenko', en: 'Roman Golovchenko', ru: 'Роман Головченко' },
        offices: [{ level: 'head-of-government', from: '2020-06', to: '2024-04' }],
      },
    ],
  };
}

/** Applies `corrupt` to a fresh fixture and returns the problems. */
function problemsAfter(corrupt: (f: Files) => void): DataProblem[] {
  const f = fixture();
  corrupt(f);
  return validateDataset(f);
}

function expectProblem(
  problems: DataProblem[],
  file: string,
  recordId: string,
  field: string,
  message?: RegExp,
) {
  const hit = problems.find((p) => p.file === file && p.recordId === recordId && p.field === field);
  expect(
    hit,
    `expected a problem at ${file} ${recordId} ${field}, got:\n${problems.map(formatProblem).join('\n')}`,
  ).toBeDefined();
  if (!hit) return;
  if (message) expect(hit.message).toMatch(message);
  const text = formatProblem(hit);
  expect(text).toContain(`data/${file}`);
  expect(text).toContain(`"${recordId}"`);
  expect(text).toContain(field);
}

const first = <T>(xs: T[]): T => {
  const x = xs[0];
  if (x === undefined) throw new Error('empty fixture');
  return x;
};

/**
 * Corruptions of one field of a file's first record (a value to set, or undefined to remove it),
 * each with the field the validator must name and, where it matters, why.
 */
const ONE_FIELD: [string, DatasetFileName, Record<string, unknown>, string, RegExp?][] = [
  ['a missing field', 'trade.json', { reporter: undefined }, 'reporter'],
  ['a missing source on an event', 'events.json', { sourceIds: [] }, 'sourceIds'],
  ['a place without coordinates', 'places.json', { latitude: undefined }, 'latitude'],
  [
    'an impossible date (30 February)',
    'events.json',
    { date: { start: '2023-02-30', precision: 'day' } },
    'date.start',
    /real date/,
  ],
  ['a date without its precision', 'indicators.json', { date: { start: '2023-12' } }, 'date.precision'],
  [
    'a date not written to its precision',
    'indicators.json',
    { date: { start: '2023-12', precision: 'day' } },
    'date.start',
    /day precision/,
  ],
  ['a trade figure without its period', 'trade.json', { period: undefined }, 'period'],
  [
    'a partial flag that disagrees with the months',
    'trade.json',
    { period: { year: 2023, months: [1, 9] } },
    'flags.partial',
  ],
  [
    'an unknown source id inside a list',
    'events.json',
    { sourceIds: ['src-a', 'ghost'] },
    'sourceIds.1',
    /unknown source id "ghost"/,
  ],
  [
    'an unknown place id',
    'partnerships.json',
    { byPlaceId: 'atlantis' },
    'byPlaceId',
    /unknown place id "atlantis"/,
  ],
  [
    'an unknown conflictsWith trade id',
    'trade.json',
    { conflictsWith: ['trade-1900'] },
    'conflictsWith.0',
    /unknown trade figure id/,
  ],
  ['a negative value', 'trade.json', { valueUsd: -1 }, 'valueUsd'],
  ['an unknown enum value', 'events.json', { kind: 'picnic' }, 'kind'],
  ['an id that is not lower-case kebab', 'goods.json', { id: 'Goods 2023' }, 'id', /lower-case/],
];

/** Sets each field `patch` gives on the first record of `file`, removing those given as undefined. */
function patchFirst(file: DatasetFileName, patch: Record<string, unknown>) {
  return (f: Files) => {
    const record = first(f[file]);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete record[k];
      else record[k] = v;
    }
  };
}

describe('validateDataset on corrupted fixtures', () => {
  it('accepts the valid fixture', () => {
    expect(validateDataset(fixture())).toEqual([]);
  });

  it.each(ONE_FIELD)('reports %s', (_, file, patch, field, message) => {
    const recordId = String(patch.id ?? first(fixture()[file]).id);
    expectProblem(problemsAfter(patchFirst(file, patch)), file, recordId, field, message);
  });

  it('reports a wrong type', () => {
    const problems = problemsAfter((f) => {
      first(f['trade.json']).valueUsd = '113.9 million';
      first(f['official.json']).valueUsd = 199.28;
    });
    expectProblem(problems, 'trade.json', 'trade-2022', 'valueUsd');
    // Official figures are whole US dollars, never millions with decimals.
    expectProblem(problems, 'official.json', 'dots-vn-imports-by-2011', 'valueUsd');
  });

  it('reports an unknown source id', () => {
    const problems = problemsAfter((f) => {
      first(f['goods.json']).sourceId = 'no-such-source';
      first(f['official.json']).sourceId = 'no-such-source';
    });
    expectProblem(problems, 'goods.json', 'goods-2023', 'sourceId', /unknown source id "no-such-source"/);
    expectProblem(
      problems,
      'official.json',
      'dots-vn-imports-by-2011',
      'sourceId',
      /unknown source id "no-such-source"/,
    );
  });

  it('reports an event participant with no people record', () => {
    const problems = problemsAfter((f) => {
      first(f['events.json']).participants = ['Roman Golovchenko', 'Pham Minh Chinh'];
    });
    expectProblem(
      problems,
      'events.json',
      'visit-2023-12',
      'participants.1',
      /unknown participant "Pham Minh Chinh"/,
    );
    expect(problems).toHaveLength(1);
  });

  it('reports a person without a Russian name, and two records of one name', () => {
    const problems = problemsAfter((f) => {
      f['people.json'].push(
        { ...first(f['people.json']), id: 'golovchenko-again' },
        { id: 'to-lam', name: 'To Lam', names: { vi: 'Tô Lâm', en: 'To Lam' } },
      );
    });
    expectProblem(problems, 'people.json', 'to-lam', 'names.ru');
    expectProblem(problems, 'people.json', 'golovchenko-again', 'name', /duplicate name "Roman Golovchenko"/);
  });

  it('reports a duplicate id', () => {
    const problems = problemsAfter((f) => {
      f['sources.json'].push({ ...first(f['sources.json']) });
    });
    expectProblem(problems, 'sources.json', 'src-a', 'id', /duplicate/);
  });

  it('reports a file that is not an array', () => {
    const f = fixture() as Record<string, unknown>;
    f['places.json'] = { hanoi: {} };
    const problems = validateDataset(f);
    expectProblem(problems, 'places.json', '(file)', '', /JSON array/);
  });

  it('fails the build naming the event and field when a claim goes beyond its quotes', () => {
    const problems = problemsAfter((f) => {
      (f['events.json'] as { quotes: { text: string }[] }[])[0]!.quotes[0]!.text = 'Thủ tướng tới thăm';
    });
    expect(problems.map(formatProblem)).toEqual([
      'data/events.json: record "visit-2023-12" field placeId: "Hanoi" is named by no stored quote; use the country',
      'data/events.json: record "visit-2023-12" field participants.0: "Roman Golovchenko" is named by no stored quote; drop the participant',
    ]);
  });
});
