import { HANOI_MINSK, makeEvent, PLACES } from '@/testing/event-fixtures';
import { eventLinks } from './event-links';

const places = [PLACES.hanoi, PLACES.minsk, PLACES.moscow];
const pair = HANOI_MINSK;

describe(eventLinks.name, () => {
  it('always links to Trade at the start year', () => {
    const e = makeEvent({ id: 'x', date: { start: '2023-12-06', precision: 'day' } });
    expect(eventLinks(e, [pair], places, 'en')).toEqual([
      { pathname: '/trade', search: { year: '2023' }, kind: 'trade', label: '2023' },
    ]);
  });

  it('links each partnership it concerns, named in the chosen language', () => {
    const e = makeEvent({ id: 'x', placeId: 'hanoi', partnershipIds: ['hanoi-minsk', 'unknown'] });
    expect(eventLinks(e, [pair], places, 'vi').slice(1)).toEqual([
      { pathname: '/partners', search: { pair: 'hanoi-minsk' }, kind: 'pair', label: 'Hà Nội – Minsk' },
    ]);
  });

  it('links its place when that place is a partner locality, and not otherwise', () => {
    const inMinsk = makeEvent({ id: 'x', placeId: 'minsk' });
    expect(eventLinks(inMinsk, [pair], places, 'en')[1]).toEqual({
      pathname: '/partners',
      search: { place: 'minsk' },
      kind: 'place',
      label: 'Minsk',
    });
    expect(eventLinks(makeEvent({ id: 'y', placeId: 'moscow' }), [pair], places, 'en')).toHaveLength(1);
  });
});
