import { makeEvent } from '@/testing/event-fixtures';
import {
  LAYOUT,
  LANE_HEIGHT,
  markAfterKey,
  SCENE_HEIGHT,
  timelineScene,
  yearFraction,
} from './timeline-scene';

const day = (id: string, start: string, direction: 'vn-to-by' | 'by-to-vn' | 'bilateral' = 'vn-to-by') =>
  makeEvent({ id, date: { start, precision: 'day' }, direction });

describe(yearFraction.name, () => {
  it('reads a year, a month and a day as the start or end of what they cover', () => {
    expect(yearFraction('2010', false)).toBe(2010);
    expect(yearFraction('2010', true)).toBe(2011);
    expect(yearFraction('2010-07', false)).toBe(2010.5);
    expect(yearFraction('2010-07', true)).toBeCloseTo(2010 + 7 / 12);
    expect(yearFraction('2012-03-01', false)).toBeCloseTo(2012 + 60 / 366); // a leap year
  });
});

describe(timelineScene.name, () => {
  // 2000–2009 over 1016 px: 100 px a year between the 8 px insets.
  const scene = (events: Parameters<typeof timelineScene>[0]) => timelineScene(events, 2000, 2009, 1016);

  it('puts a day on its date, and spans a month or a year instead of inventing a day', () => {
    const [d, m, y] = scene([
      day('d', '2005-07-02'),
      makeEvent({ id: 'm', date: { start: '2003-07', precision: 'month' }, direction: 'by-to-vn' }),
      makeEvent({ id: 'y', date: { start: '2001', precision: 'year' }, direction: 'bilateral' }),
    ]).marks.sort((a, b) => b.x - a.x);
    expect(d!.x).toBeCloseTo(8 + 550, 0);
    expect(d!.x1 - d!.x0).toBeLessThan(1);
    expect(m!.x0).toBeCloseTo(8 + 350);
    expect(m!.x1).toBeCloseTo(8 + 300 + 700 / 12);
    expect([y!.x0, y!.x, y!.x1]).toEqual([108, 158, 208]);
  });

  it('gives each direction its lane, and the same height at every width', () => {
    const events = [day('a', '2005-01-01', 'by-to-vn'), day('b', '2005-01-01', 'bilateral')];
    const s = scene(events);
    expect(s.marks.map((m) => [m.event.id, m.lane])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(s.height).toBe(SCENE_HEIGHT);
    expect(timelineScene(events, 2000, 2009, 320).height).toBe(SCENE_HEIGHT);
  });

  it('stacks events on the same date apart, and counts those past the last row', () => {
    const same = Array.from({ length: LAYOUT.rows + 3 }, (_, i) => day(`e${i}`, '2005-05-05'));
    const s = scene(same);
    expect(s.marks).toHaveLength(LAYOUT.rows);
    expect(new Set(s.marks.map((m) => m.y)).size).toBe(LAYOUT.rows);
    expect(s.overflow).toEqual([expect.objectContaining({ lane: 0, count: 3 })]);
    expect(Math.max(...s.marks.map((m) => m.y))).toBeLessThan(LANE_HEIGHT);
  });

  it('keeps one count per crowded date in each lane, however the lanes interleave', () => {
    // Every event twenty times over on the same dates, in two lanes, in date order (as the list has them).
    const events = Array.from({ length: 20 }, (_, i) => [
      day(`a${i}`, '2005-05-05'),
      day(`b${i}`, '2005-05-05', 'by-to-vn'),
    ]).flat();
    const s = scene(events);
    expect(s.overflow).toEqual([
      expect.objectContaining({ lane: 0, count: 20 - LAYOUT.rows }),
      expect.objectContaining({ lane: 1, count: 20 - LAYOUT.rows }),
    ]);
  });

  it('labels years no closer than the text needs', () => {
    const wide = timelineScene([], 1957, 2026, 1200).ticks.filter((t) => t.labelled);
    const narrow = timelineScene([], 1957, 2026, 340).ticks.filter((t) => t.labelled);
    expect(wide.map((t) => t.year)).toContain(1960);
    expect(narrow.length).toBeLessThan(wide.length);
    for (const ticks of [wide, narrow]) {
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(44);
    }
  });
});

describe(markAfterKey.name, () => {
  const s = timelineScene(
    [
      day('a1', '2001-01-01'),
      day('a2', '2004-01-01'),
      day('a3', '2008-01-01'),
      day('b1', '2007-06-01', 'by-to-vn'),
    ],
    2000,
    2009,
    1016,
  );
  const idOf = (i: number | undefined) => (i === undefined ? undefined : s.marks[i]!.event.id);
  const at = (id: string) => s.marks.findIndex((m) => m.event.id === id);

  it('walks through time within a lane, and to the nearest mark in time of the next lane', () => {
    expect(idOf(markAfterKey(s, at('a1'), 'ArrowRight'))).toBe('a2');
    expect(idOf(markAfterKey(s, at('a1'), 'ArrowLeft'))).toBeUndefined();
    expect(idOf(markAfterKey(s, at('a1'), 'End'))).toBe('a3');
    expect(idOf(markAfterKey(s, at('a3'), 'Home'))).toBe('a1');
    expect(idOf(markAfterKey(s, at('a3'), 'ArrowDown'))).toBe('b1');
    expect(idOf(markAfterKey(s, at('b1'), 'ArrowUp'))).toBe('a3');
    expect(idOf(markAfterKey(s, at('b1'), 'ArrowDown'))).toBeUndefined();
  });
});
