/**
 * Event participants in the reader's language. Events name people by one Latin string
 * ("Pham Minh Chinh"); `data/people.json` gives each such string in every language
 * (Phạm Minh Chính, Фам Минь Тьинь).
 */
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';
import type { Person } from '@data/schema';

/** The people records by the name events use (`peopleByName`). */
export type PeopleByName = ReadonlyMap<string, Person>;

/** The lookup of people by the name events use; build it once where the people list arrives. */
export function peopleByName(people: readonly Person[]): PeopleByName {
  return new Map(people.map((p) => [p.name, p]));
}

/** A participant's name in `lang`; a name with no people record is shown as the event gives it. */
export function participantName(name: string, people: PeopleByName, lang: Lang): string {
  const person = people.get(name);
  return person ? localText(person.names, lang) : name;
}

/**
 * Every form of a participant's name, for the search: the stored one, each language's and the
 * aliases (an older transcription: "Фам Минь Тинь" still finds Фам Минь Тьинь).
 */
export function participantNames(name: string, people: PeopleByName): string[] {
  const person = people.get(name);
  return person ? [name, ...Object.values(person.names), ...(person.aliases ?? [])] : [name];
}
