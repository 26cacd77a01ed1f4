import { makeEvent, PLACES } from '@/testing/event-fixtures';
import type { Place } from '@data/schema';
import { cardTexts, type CardLabels } from './card-text';

const labels = (lang: CardLabels['lang']): CardLabels => ({
  lang,
  kind: (k) => `kind:${k}`,
  level: (l) => `level:${l}`,
  dir: (d) => `dir:${d}`,
  metIn: (p) => `met in ${p}`,
});
const places = new Map<string, Place>([
  [PLACES.hanoi.id, PLACES.hanoi],
  [PLACES.minsk.id, PLACES.minsk],
]);

// One text function per labels object, as the timeline makes one per language.
const made = new Map<CardLabels, ReturnType<typeof cardTexts>>();
const cardText = (event: Parameters<ReturnType<typeof cardTexts>>[0], l: CardLabels, p: typeof places) => {
  if (!made.has(l)) made.set(l, cardTexts(l, p));
  return made.get(l)!(event);
};

describe(cardTexts.name, () => {
  it('gives the date, title, badges and place in the labels’ language', () => {
    const event = makeEvent({ id: 'e1', kind: 'talks', direction: 'by-to-vn', placeId: PLACES.hanoi.id });
    const en = cardText(event, labels('en'), places);
    expect(en).toMatchObject({ kind: 'kind:talks', dir: 'dir:by-to-vn', place: PLACES.hanoi.names.en });
    expect(en.title).toBe(event.title.en);
    const vi = cardText(event, labels('vi'), places);
    expect(vi.place).toBe(PLACES.hanoi.names.vi);
  });

  it('names the place in the badge for a meeting in a third country, not beside it', () => {
    const event = makeEvent({ id: 'e2', direction: 'third-country', placeId: PLACES.minsk.id });
    const text = cardText(event, labels('en'), places);
    expect(text.dir).toBe(`met in ${PLACES.minsk.names.en}`);
    expect(text.place).toBeNull();
  });

  it('shows the direction alone when the place is unknown', () => {
    const event = makeEvent({ id: 'e3', direction: 'third-country', placeId: 'nowhere' });
    expect(cardText(event, labels('en'), places)).toMatchObject({ dir: 'dir:third-country', place: null });
  });

  it('works each event out once per labels, and again for new labels (a language change)', () => {
    const event = makeEvent({ id: 'e4' });
    const en = labels('en');
    expect(cardText(event, en, places)).toBe(cardText(event, en, places));
    const other = { ...en, kind: () => 'changed' };
    expect(cardText(event, other, places).kind).toBe('changed');
  });
});
