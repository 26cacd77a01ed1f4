/**
 * Sources: the main link is the publisher's page (a copy the files were read from is named
 * beside it, never linked in its place), and a publisher's names in other languages are given once
 * per publisher, the same on every source of it.
 */
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from './load-dataset';
import { source, type Source } from './schema';
import { formatProblem, validateDataset } from './validate';

const COPY = {
  repository: 'https://github.com/SamLeBlanc/Direction-of-Trade-Map',
  commit: 'a769819d9b25a21a362d6cabfb10f150903f834d',
  paths: ['data/DOTS/DOTS_213.xlsx'],
  date: '2022-02-02',
};
const IMF = {
  id: 'imf-dots',
  publisher: 'International Monetary Fund',
  names: { vi: 'Quỹ Tiền tệ Quốc tế (IMF)', ru: 'Международный валютный фонд (МВФ)' },
  title: 'DOTS',
  date: '2022-02-02',
  language: 'en',
  kind: 'statistics',
  url: 'https://data.imf.org/?sk=9D6028D4-F14A-464C-A2F2-59B2CD424B85',
  dataset: 'Direction of Trade Statistics (DOTS)',
  copy: COPY,
};

/** The problems the build reports for one source record, as it prints them. */
const problems = (record: Record<string, unknown>) =>
  validateDataset({ 'sources.json': [record] })
    .filter((p) => p.file === 'sources.json')
    .map(formatProblem);

describe('a source record', () => {
  it("links the publisher's page and names the copy apart", () => {
    expect(source.safeParse(IMF).success).toBe(true);
  });

  it('fails the build, naming the record and field, when the link goes to the copy', () => {
    expect(problems({ ...IMF, url: `${COPY.repository}/tree/${COPY.commit}/data/DOTS` })).toEqual([
      'data/sources.json: record "imf-dots" field url: must be the publisher\'s page, not the copy (the copy goes in `copy`)',
    ]);
    expect(problems({ ...IMF, url: undefined })).toEqual([
      'data/sources.json: record "imf-dots" field url: must give the publisher\'s page for the dataset',
    ]);
  });

  it('takes names in Vietnamese and Russian only, each different from the publisher', () => {
    expect(problems({ ...IMF, names: { vi: 'International Monetary Fund' } })).toEqual([
      'data/sources.json: record "imf-dots" field names.vi: same as `publisher`: leave it out',
    ]);
    expect(problems({ ...IMF, names: { en: 'IMF' } })).toEqual([
      expect.stringMatching(/^data\/sources\.json: record "imf-dots" field names: .*"en"/),
    ]);
    expect(problems({ ...IMF, names: { ru: '' } })).toEqual([
      expect.stringMatching(/^data\/sources\.json: record "imf-dots" field names\.ru: /),
    ]);
  });
});

describe('sources.json', () => {
  const sources = readDatasetFiles().files['sources.json'] as Source[];

  it('gives every source of one publisher the same names in other languages', () => {
    const byPublisher = new Map<string, string>();
    const differing = sources.flatMap((s) => {
      const names = JSON.stringify(s.names ?? {});
      const first = byPublisher.get(s.publisher);
      if (first === undefined) byPublisher.set(s.publisher, names);
      return first === undefined || first === names ? [] : [`${s.id}: ${names}, not ${first}`];
    });
    expect(differing).toEqual([]);
  });

  it("links the IMF's own page for DOTS and keeps the GitHub copy as the copy used", () => {
    const imf = sources.find((s) => s.id === 'imf-dots')!;
    expect(new URL(imf.url!).hostname).toBe('data.imf.org');
    expect(imf.copy?.repository).toBe(COPY.repository);
    expect(imf.copy?.commit).toBe(COPY.commit);
    expect(imf.names).toEqual(IMF.names);
  });
});
