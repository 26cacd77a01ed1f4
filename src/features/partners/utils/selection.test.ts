import { datePoint, makeEvent, makePair } from '@/testing/event-fixtures';
import type { DatasetEvent } from '@data/schema';
import { highlightOf, pairCounts, relatedEvents } from './selection';

const pair = (id: string, vnPlaceId: string, byPlaceId: string) => makePair({ id, vnPlaceId, byPlaceId });
const pairs = [
  pair('hanoi-minsk', 'hanoi', 'minsk'),
  pair('hcmc-minsk', 'hcmc', 'minsk'),
  pair('hcmc-grodno', 'hcmc', 'grodno'),
];

const event = (id: string, start: string, extra: Partial<DatasetEvent>) =>
  makeEvent({ id, date: datePoint(start), level: 'local', ...extra });

describe(pairCounts.name, () => {
  it('counts each end of each pair', () => {
    expect(Object.fromEntries(pairCounts(pairs))).toEqual({ hanoi: 1, minsk: 2, hcmc: 2, grodno: 1 });
  });
});

describe(highlightOf.name, () => {
  it('lights up a place, its pairs and their other ends', () => {
    const h = highlightOf({ kind: 'place', id: 'minsk' }, pairs)!;
    expect([...h.pairs]).toEqual(['hanoi-minsk', 'hcmc-minsk']);
    expect([...h.places].sort()).toEqual(['hanoi', 'hcmc', 'minsk']);
  });

  it('lights up a pair and its two ends only', () => {
    const h = highlightOf({ kind: 'pair', id: 'hcmc-grodno' }, pairs)!;
    expect([...h.pairs]).toEqual(['hcmc-grodno']);
    expect([...h.places]).toEqual(['hcmc', 'grodno']);
  });

  it('is null without a focus', () => {
    expect(highlightOf(null, pairs)).toBeNull();
  });
});

describe(relatedEvents.name, () => {
  const events = [
    event('b', '2020-01-01', { partnershipIds: ['hanoi-minsk'] }),
    event('a', '2010-01-01', { placeId: 'minsk' }),
    event('c', '2015-01-01', { partnershipIds: ['hcmc-grodno'] }),
  ];

  it('finds events of a pair by partnershipIds', () => {
    expect(relatedEvents(events, { kind: 'pair', id: 'hanoi-minsk' }, pairs)).toEqual({
      about: [events[0]],
      heldThere: [],
    });
  });

  it("finds events about a place's pairs, and apart from them the others held there", () => {
    const r = relatedEvents(events, { kind: 'place', id: 'minsk' }, pairs);
    expect(r.about.map((e) => e.id)).toEqual(['b']);
    expect(r.heldThere.map((e) => e.id)).toEqual(['a']);
  });

  it('lists an event about a pair once even when it was held at the place', () => {
    const both = [
      event('x', '2001-01-01', { placeId: 'minsk', partnershipIds: ['hcmc-minsk'] }),
      event('y', '2000-01-01', { placeId: 'minsk' }),
    ];
    const r = relatedEvents(both, { kind: 'place', id: 'minsk' }, pairs);
    expect(r.about.map((e) => e.id)).toEqual(['x']);
    expect(r.heldThere.map((e) => e.id)).toEqual(['y']);
  });
});
