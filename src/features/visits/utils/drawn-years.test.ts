import { makeEvent } from '@/testing/event-fixtures';
import { drawnYears, type DrawnYear } from './drawn-years';

const a = makeEvent({ id: 'a', date: { start: '2008', precision: 'year' } });
const b = makeEvent({ id: 'b', date: { start: '2010-05', precision: 'month' } });
const c = makeEvent({ id: 'c', date: { start: '2012-01', precision: 'month' } });
const view = (d: DrawnYear[]) =>
  d.map((y) => `${y.year}${y.shown ? '' : ' hidden'}: ${y.events.map((e) => e.id)}`);

describe(drawnYears.name, () => {
  it('draws the shown years in order on the first render', () => {
    expect(
      view(
        drawnYears(
          [],
          [
            { year: 2008, events: [a] },
            { year: 2010, events: [b] },
          ],
        ),
      ),
    ).toEqual(['2008: a', '2010: b']);
  });

  it('keeps a year the filters emptied, hidden with its last events, in its place', () => {
    const all = drawnYears(
      [],
      [
        { year: 2008, events: [a] },
        { year: 2010, events: [b] },
        { year: 2012, events: [c] },
      ],
    );
    const narrowed = drawnYears(all, [{ year: 2010, events: [b] }]);
    expect(view(narrowed)).toEqual(['2008 hidden: a', '2010: b', '2012 hidden: c']);
    // Shown again: the same year, with the events the filters give now.
    expect(
      view(
        drawnYears(narrowed, [
          { year: 2010, events: [b] },
          { year: 2012, events: [c] },
        ]),
      ),
    ).toEqual(['2008 hidden: a', '2010: b', '2012: c']);
  });

  it('adds a year never drawn before in year order', () => {
    const first = drawnYears(
      [],
      [
        { year: 2008, events: [a] },
        { year: 2012, events: [c] },
      ],
    );
    expect(view(drawnYears(first, [{ year: 2010, events: [b] }]))).toEqual([
      '2008 hidden: a',
      '2010: b',
      '2012 hidden: c',
    ]);
  });

  it('keeps a hidden year the same object while it stays hidden', () => {
    const first = drawnYears(
      [],
      [
        { year: 2008, events: [a] },
        { year: 2010, events: [b] },
      ],
    );
    const once = drawnYears(first, [{ year: 2010, events: [b] }]);
    const twice = drawnYears(once, [{ year: 2010, events: [b] }]);
    expect(twice[0]).toBe(once[0]);
  });
});
