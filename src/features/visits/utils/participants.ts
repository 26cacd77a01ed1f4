/**
 * Event participants in the reader's language. Events name people by one Latin string
 * ("Pham Minh Chinh"); `data/people.json` gives each such string in every language
 * (Phạm Minh Chính, Фам Минь Тинь).
 */
import type { Person } from '@data/schema';
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';

const byNameCache = new WeakMap<readonly Person[], ReadonlyMap<string, Person>>();

/** The people records by the name events use, built once per people list. */
export function peopleByName(people: readonly Person[]): ReadonlyMap<string, Person> {
  let map = byNameCache.get(people);
  if (!map) {
    map = new Map(people.map((p) => [p.name, p]));
    byNameCache.set(people, map);
  }
  return map;
}

/** A participant's name in `lang`; a name with no people record is shown as the event gives it. */
export function participantName(name: string, people: readonly Person[], lang: Lang): string {
  const person = peopleByName(people).get(name);
  return person ? localText(person.names, lang) : name;
}

/** Every form of a participant's name, for the search: the stored one and each language's. */
export function participantNames(name: string, people: readonly Person[]): string[] {
  const person = peopleByName(people).get(name);
  return person ? [name, ...Object.values(person.names)] : [name];
}
