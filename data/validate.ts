/**
 * Checks the whole dataset: each file against its schema, then ids and cross-references.
 * Pure: takes parsed JSON by file name, returns problems. `load-dataset.ts` reads the files.
 */
import { anchoringProblems } from './anchoring.ts';
import {
  datasetFiles,
  type DatasetEvent,
  type DatasetFileName,
  type Partnership,
  type Person,
  type Place,
} from './schema.ts';

export interface DataProblem {
  file: string;
  /** The record's id, or `#index` when it has none. */
  recordId: string;
  /** Dotted path of the field, e.g. `date.start`. */
  field: string;
  message: string;
}

/** `data/events.json: record "visit-2008" field date.start: must be a real date ...` */
export function formatProblem(p: DataProblem): string {
  return `data/${p.file}: record "${p.recordId}" field ${p.field || '(record)'}: ${p.message}`;
}

type Files = Partial<Record<DatasetFileName, unknown>>;
type AnyRecord = Record<string, unknown>;

function recordIdOf(r: unknown, index: number): string {
  if (r && typeof r === 'object' && typeof (r as AnyRecord).id === 'string') {
    return (r as AnyRecord).id as string;
  }
  return `#${index}`;
}

/** Every problem in the dataset; an empty array means it is valid. */
export function validateDataset(files: Files): DataProblem[] {
  const problems: DataProblem[] = [];
  const valid: Partial<Record<DatasetFileName, AnyRecord[]>> = {};

  for (const name of Object.keys(datasetFiles) as DatasetFileName[]) {
    const content = files[name];
    if (!Array.isArray(content)) {
      problems.push({
        file: name,
        recordId: '(file)',
        field: '',
        message: content === undefined ? 'file is missing' : 'must be a JSON array of records',
      });
      continue;
    }
    const schema = datasetFiles[name];
    const seen = new Set<string>();
    const ok: AnyRecord[] = [];
    content.forEach((raw, index) => {
      const id = recordIdOf(raw, index);
      const result = schema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file: name, recordId: id, field: issue.path.join('.'), message: issue.message });
        }
      } else {
        ok.push(result.data as AnyRecord);
      }
      if (seen.has(id)) {
        problems.push({ file: name, recordId: id, field: 'id', message: 'duplicate id' });
      }
      seen.add(id);
    });
    valid[name] = ok;
  }

  const ids = (name: DatasetFileName) => new Set((valid[name] ?? []).map((r) => r.id as string));
  const sourceIds = ids('sources.json');
  const placeIds = ids('places.json');
  const partnershipIds = ids('partnerships.json');
  const tradeIds = ids('trade.json');

  const ref = (file: DatasetFileName, r: AnyRecord, field: string, target: Set<string>, kind: string) => {
    const value = field.split('.').reduce<unknown>((o, k) => (o as AnyRecord | undefined)?.[k], r);
    const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    list.forEach((v, i) => {
      if (typeof v === 'string' && !target.has(v)) {
        problems.push({
          file,
          recordId: r.id as string,
          field: Array.isArray(value) ? `${field}.${i}` : field,
          message: `unknown ${kind} id "${v}"`,
        });
      }
    });
  };

  for (const r of valid['trade.json'] ?? []) {
    ref('trade.json', r, 'sourceId', sourceIds, 'source');
    ref('trade.json', r, 'conflictsWith', tradeIds, 'trade figure');
  }
  for (const r of valid['official.json'] ?? []) ref('official.json', r, 'sourceId', sourceIds, 'source');
  for (const r of valid['events.json'] ?? []) {
    ref('events.json', r, 'sourceIds', sourceIds, 'source');
    ref('events.json', r, 'placeId', placeIds, 'place');
    ref('events.json', r, 'partnershipIds', partnershipIds, 'partnership');
  }
  for (const r of valid['partnerships.json'] ?? []) {
    ref('partnerships.json', r, 'sourceIds', sourceIds, 'source');
    ref('partnerships.json', r, 'vnPlaceId', placeIds, 'place');
    ref('partnerships.json', r, 'byPlaceId', placeIds, 'place');
  }
  for (const r of valid['indicators.json'] ?? []) ref('indicators.json', r, 'sourceId', sourceIds, 'source');
  for (const r of valid['goods.json'] ?? []) ref('goods.json', r, 'sourceId', sourceIds, 'source');

  // Participants are names, not ids: each must have a people record giving it in every language,
  // and no two records may claim the same name.
  const personNames = new Set<string>();
  for (const r of valid['people.json'] ?? []) {
    const name = r.name as string;
    if (personNames.has(name)) {
      problems.push({
        file: 'people.json',
        recordId: r.id as string,
        field: 'name',
        message: `duplicate name "${name}"`,
      });
    }
    personNames.add(name);
  }
  for (const r of valid['events.json'] ?? []) {
    (r.participants as string[]).forEach((name, i) => {
      if (!personNames.has(name)) {
        problems.push({
          file: 'events.json',
          recordId: r.id as string,
          field: `participants.${i}`,
          message: `unknown participant "${name}"`,
        });
      }
    });
  }

  // Claims beyond their quotes (data/anchoring.ts), once the records themselves are sound.
  if (problems.length === 0) {
    problems.push(
      ...anchoringProblems({
        events: valid['events.json'] as unknown as DatasetEvent[],
        partnerships: valid['partnerships.json'] as unknown as Partnership[],
        places: valid['places.json'] as unknown as Place[],
        people: valid['people.json'] as unknown as Person[],
      }),
    );
  }
  return problems;
}
