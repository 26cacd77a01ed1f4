import type { Person } from '@data/schema';
import { PEOPLE } from './event-fixtures';
import { participantName, participantNames, peopleByName } from './participants';

const people: Person[] = [PEOPLE.phamMinhChinh, PEOPLE.lukashenko];

describe(participantName.name, () => {
  it('gives a participant’s name in the reader’s language', () => {
    expect(participantName('Pham Minh Chinh', people, 'vi')).toBe('Phạm Minh Chính');
    expect(participantName('Pham Minh Chinh', people, 'ru')).toBe('Фам Минь Тинь');
    expect(participantName('Pham Minh Chinh', people, 'en')).toBe('Pham Minh Chinh');
    expect(participantName('Alexander Lukashenko', people, 'ru')).toBe('Александр Лукашенко');
  });

  it('shows a name with no people record as the event gives it', () => {
    expect(participantName('Nobody Known', people, 'ru')).toBe('Nobody Known');
    expect(participantName('Pham Minh Chinh', [], 'vi')).toBe('Pham Minh Chinh');
  });

  it('matches the stored string exactly', () => {
    expect(participantName('pham minh chinh', people, 'ru')).toBe('pham minh chinh');
  });
});

describe(participantNames.name, () => {
  it('lists the stored name and every language’s form', () => {
    expect(participantNames('Pham Minh Chinh', people)).toEqual([
      'Pham Minh Chinh',
      'Phạm Minh Chính',
      'Pham Minh Chinh',
      'Фам Минь Тинь',
    ]);
    expect(participantNames('Nobody Known', people)).toEqual(['Nobody Known']);
  });
});

describe(peopleByName.name, () => {
  it('builds the lookup once per people list', () => {
    const map = peopleByName(people);
    expect(map.get('Alexander Lukashenko')?.id).toBe('alexander-lukashenko');
    expect(peopleByName(people)).toBe(map);
    expect(peopleByName([...people])).not.toBe(map);
  });
});
