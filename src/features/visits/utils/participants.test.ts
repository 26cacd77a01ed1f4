import { PEOPLE } from '@/testing/event-fixtures';
import { participantName, participantNames, peopleByName } from './participants';

const people = peopleByName([PEOPLE.phamMinhChinh, PEOPLE.lukashenko]);

describe(participantName.name, () => {
  it('gives a participant’s name in the reader’s language', () => {
    expect(participantName('Pham Minh Chinh', people, 'vi')).toBe('Phạm Minh Chính');
    expect(participantName('Pham Minh Chinh', people, 'ru')).toBe('Фам Минь Тьинь');
    expect(participantName('Pham Minh Chinh', people, 'en')).toBe('Pham Minh Chinh');
    expect(participantName('Alexander Lukashenko', people, 'ru')).toBe('Александр Лукашенко');
  });

  it('shows a name with no people record as the event gives it', () => {
    expect(participantName('Nobody Known', people, 'ru')).toBe('Nobody Known');
    expect(participantName('Pham Minh Chinh', peopleByName([]), 'vi')).toBe('Pham Minh Chinh');
  });

  it('matches the stored string exactly', () => {
    expect(participantName('pham minh chinh', people, 'ru')).toBe('pham minh chinh');
  });
});

describe(participantNames.name, () => {
  it('lists the stored name, every language’s form and the aliases', () => {
    expect(participantNames('Pham Minh Chinh', people)).toEqual([
      'Pham Minh Chinh',
      'Phạm Minh Chính',
      'Pham Minh Chinh',
      'Фам Минь Тьинь',
      'Фам Минь Тинь',
    ]);
    expect(participantNames('Nobody Known', people)).toEqual(['Nobody Known']);
  });
});

describe(peopleByName.name, () => {
  it('finds each person by the name events use', () => {
    expect(people.get('Alexander Lukashenko')?.id).toBe('alexander-lukashenko');
    expect(people.get('Александр Лукашенко')).toBeUndefined();
  });
});
