import { nextHidden, overflowEnds, scrollToShow } from './nav-scroll';

// A row 300 px wide holding 600 px of links, six of 100 px each.
const items = [0, 100, 200, 300, 400, 500].map((x) => [x, x + 100] as const);
const box = (scrollLeft: number) => ({ scrollLeft, clientWidth: 300, scrollWidth: 600 });

describe(overflowEnds.name, () => {
  it('says which ends hide links', () => {
    expect(overflowEnds(box(0))).toEqual({ start: false, end: true });
    expect(overflowEnds(box(150))).toEqual({ start: true, end: true });
    expect(overflowEnds(box(300))).toEqual({ start: true, end: false });
  });

  it('shows no cue when everything fits', () => {
    expect(overflowEnds({ scrollLeft: 0, clientWidth: 600, scrollWidth: 600 })).toEqual({
      start: false,
      end: false,
    });
  });
});

describe(scrollToShow.name, () => {
  it('scrolls just far enough to show a cut-off link clear of the cue', () => {
    expect(scrollToShow(box(0), 280, 360, 40)).toBe(100);
  });

  it('stays put when the link is already shown whole', () => {
    expect(scrollToShow(box(0), 100, 200, 40)).toBe(0);
  });

  it('scrolls back for a link cut off at the start, and never past either end', () => {
    expect(scrollToShow(box(250), 200, 300, 40)).toBe(160);
    expect(scrollToShow(box(300), 0, 100, 40)).toBe(0);
    expect(scrollToShow(box(0), 500, 600, 40)).toBe(300);
  });
});

describe(nextHidden.name, () => {
  it('finds the first link the "more" cue should bring into view', () => {
    expect(nextHidden(box(0), items, 1, 40)).toBe(2);
    expect(nextHidden(box(150), items, 1, 40)).toBe(4);
    expect(nextHidden(box(300), items, 1, 40)).toBe(-1);
  });

  it('finds the last link hidden at the start for the "back" cue', () => {
    // The link at 300–400 sits under the cue over the start (340 and left of it).
    expect(nextHidden(box(300), items, -1, 40)).toBe(3);
    expect(nextHidden(box(0), items, -1, 40)).toBe(-1);
  });
});
