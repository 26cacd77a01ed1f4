/**
 * Every claim anchored to a stored quote. An event's city, its participants and its level, and a
 * partnership's places and status, must follow from the quotes the record stores for the sources it
 * cites (data/README.md, "Provenance rules"). Pure: takes the parsed, schema-valid records.
 */
import { foldText } from './fold-text.ts';
import type { DatasetEvent, EventLevel, Partnership, Person, Place } from './schema.ts';
import { eventLevel } from './schema.ts';
import type { DataProblem } from './validate.ts';

/** Highest first: the order of `eventLevel` in the schema is the README's ranking. */
const LEVEL_RANK = new Map<EventLevel, number>(eventLevel.options.map((l, i) => [l, i]));

/** Quotes compared as readers would: no diacritics, one case, one kind of space, ё as е. */
export const foldQuote = (text: string) => foldText(text).replace(/\s+/g, ' ');

/** Every form a place is written in: its names in each language and its aliases. */
const placeForms = (p: Place) => [...Object.values(p.names), ...(p.aliases ?? [])];
/** Every form a person is written in: the stored name, each language's form and the aliases. */
const personForms = (p: Person) => [p.name, ...Object.values(p.names), ...(p.aliases ?? [])];

const namedIn = (forms: readonly string[], quotes: readonly string[]) =>
  forms.some((form) => {
    const f = foldQuote(form);
    return quotes.some((q) => q.includes(f));
  });

/** The office a person held on `date` (YYYY, YYYY-MM or YYYY-MM-DD), compared at its precision. */
export function officeOn(person: Person, date: string): EventLevel | undefined {
  let best: EventLevel | undefined;
  for (const office of person.offices ?? []) {
    const from = date.slice(0, office.from.length);
    const to = office.to === undefined ? undefined : date.slice(0, office.to.length);
    if (from < office.from || (office.to !== undefined && to! > office.to)) continue;
    if (best === undefined || LEVEL_RANK.get(office.level)! < LEVEL_RANK.get(best)!) best = office.level;
  }
  return best;
}

/** Signing words in the languages of the sources: a quote that shows a signing says one. */
// «заключила соглашение»: concluded, that is signed.
const SIGNING = ['ky ket', 'da ky', 'le ky', 'sign', 'подпис', 'заключ', 'unterzeichn', 'signe', '签'].map(
  foldQuote,
);

function quoteProblems(
  file: 'events.json' | 'partnerships.json',
  record: { id: string; sourceIds: string[]; quotes: { sourceId: string }[] },
): DataProblem[] {
  const problems: DataProblem[] = [];
  const quoted = new Set(record.quotes.map((q) => q.sourceId));
  for (const id of record.sourceIds) {
    if (!quoted.has(id)) {
      problems.push({
        file,
        recordId: record.id,
        field: 'quotes',
        message: `no quote from cited source "${id}"`,
      });
    }
  }
  record.quotes.forEach((q, i) => {
    if (!record.sourceIds.includes(q.sourceId)) {
      problems.push({
        file,
        recordId: record.id,
        field: `quotes.${i}.sourceId`,
        message: `"${q.sourceId}" is not among the record's sourceIds`,
      });
    }
  });
  return problems;
}

/** What the records claim beyond their quotes; empty when every claim is anchored. */
export function anchoringProblems(data: {
  events: readonly DatasetEvent[];
  partnerships: readonly Partnership[];
  places: readonly Place[];
  people: readonly Person[];
}): DataProblem[] {
  const problems: DataProblem[] = [];
  const places = new Map(data.places.map((p) => [p.id, p]));
  const people = new Map(data.people.map((p) => [p.name, p]));

  for (const e of data.events) {
    const at = (field: string, message: string) =>
      problems.push({ file: 'events.json', recordId: e.id, field, message });
    problems.push(...quoteProblems('events.json', e));
    const quotes = e.quotes.map((q) => foldQuote(q.text));

    const place = e.placeId ? places.get(e.placeId) : undefined;
    if (place && place.kind !== 'country' && !namedIn(placeForms(place), quotes)) {
      at('placeId', `"${place.names.en}" is named by no stored quote; use the country`);
    }

    let highest: EventLevel | undefined;
    e.participants.forEach((name, i) => {
      const person = people.get(name);
      if (!person) return; // validate.ts reports an unknown participant
      if (!namedIn(personForms(person), quotes)) {
        at(`participants.${i}`, `"${name}" is named by no stored quote; drop the participant`);
      }
      const office = officeOn(person, e.date.start);
      if (office === undefined) {
        at(`participants.${i}`, `"${name}" has no office on ${e.date.start} in people.json`);
      } else if (highest === undefined || LEVEL_RANK.get(office)! < LEVEL_RANK.get(highest)!) {
        highest = office;
      }
    });
    if (highest !== undefined && highest !== e.level) {
      at('level', `is "${e.level}" but the highest participant's office is "${highest}"`);
    }
  }

  const STRENGTH = { signed: 2, cited: 1, proposed: 0 } as const;
  for (const p of data.partnerships) {
    const at = (field: string, message: string) =>
      problems.push({ file: 'partnerships.json', recordId: p.id, field, message });
    problems.push(...quoteProblems('partnerships.json', p));
    const quotes = p.quotes.map((q) => foldQuote(q.text));
    for (const field of ['vnPlaceId', 'byPlaceId'] as const) {
      const place = places.get(p[field]);
      if (place && !namedIn(placeForms(place), quotes)) {
        at(field, `"${place.names.en}" is named by no stored quote`);
      }
    }
    p.quotes.forEach((q, i) => {
      if (q.shows === 'signed' && !SIGNING.some((w) => foldQuote(q.text).includes(w))) {
        at(`quotes.${i}.shows`, 'says "signed" but the quote names no signing');
      }
    });
    const strongest = Math.max(-1, ...p.quotes.map((q) => STRENGTH[q.shows]));
    if (STRENGTH[p.status] > strongest) {
      at('status', `is "${p.status}", stronger than every quote shows`);
    }
  }
  return problems;
}
