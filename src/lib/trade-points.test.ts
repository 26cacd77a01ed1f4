import { figure } from '@/testing/trade-fixtures';
import { markPath, markShape, pointFromFigure } from './trade-points';

describe(pointFromFigure.name, () => {
  it('places a press figure on its year and months, with the flags its record gives', () => {
    const f = figure({
      id: 'a',
      reporter: 'BY',
      year: 2023,
      months: [1, 9],
      valueUsd: 80e6,
      qualifier: 'about',
      flags: { uncertain: true, conflicting: true },
    });
    expect(pointFromFigure(f)).toEqual({
      id: 'a',
      kind: 'press',
      reporter: 'BY',
      year: 2023,
      months: [1, 9],
      valueUsd: 80e6,
      qualifier: 'about',
      partial: true,
      uncertain: true,
      conflicting: true,
      computed: false,
      figures: [f],
      cells: [],
    });
  });
});

describe(markShape.name, () => {
  it('tells the reporters apart by shape: Vietnam a circle, Belarus a square, others a triangle', () => {
    expect(markShape('VN', 10, 20, 5)).toEqual({ kind: 'circle', cx: 10, cy: 20, r: 5 });
    expect(markShape('BY', 10, 20, 5)).toEqual({ kind: 'square', x: 5.5, y: 15.5, side: 9 });
    expect(markShape('other', 10, 20, 4)).toEqual({
      kind: 'triangle',
      points: [
        [10, 15],
        [15, 24],
        [5, 24],
      ],
    });
  });
});

describe(markPath.name, () => {
  it('draws the same shapes as one path each', () => {
    expect(markPath('VN', 10, 20, 5)).toBe('M5,20a5,5 0 1,0 10,0a5,5 0 1,0 -10,0');
    expect(markPath('BY', 10, 20, 5)).toBe('M5.5,15.5h9v9h-9Z');
    expect(markPath('other', 10, 20, 4)).toBe('M10,15L15,24L5,24Z');
  });
});
