import type { Source } from '@data/schema';

/** A news source record with just an id and a publisher. */
export const sourceRecord = (id: string, publisher: string): Source => ({
  id,
  publisher,
  title: id,
  date: '2020-01-01',
  language: 'en',
  kind: 'news',
});

/** Four sources from three publishers: b1 and b2 (BelTA), v (VietnamNet), a (Avia). */
export const PUBLISHER_SOURCES: ReadonlyMap<string, Source> = new Map(
  [
    sourceRecord('b1', 'BelTA'),
    sourceRecord('b2', 'BelTA'),
    sourceRecord('v', 'VietnamNet'),
    sourceRecord('a', 'Avia'),
  ].map((s) => [s.id, s]),
);
