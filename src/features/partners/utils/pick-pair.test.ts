import { levelCurve } from '@/testing/geometry-fixtures';
import { connectorCurve, layoutInsets, type Curve } from './map-layout';
import { distanceToCurve, pickNearest, pointOnCurve } from './pick-pair';

// A straight "curve" along the x axis from 0 to 100, and one 4 px below it.
const flat: Curve = levelCurve(0, [0, 33, 66, 100]);
const below: Curve = levelCurve(4, [0, 33, 66, 100]);

describe(distanceToCurve.name, () => {
  it('is the perpendicular distance beside the curve and the end distance past it', () => {
    expect(distanceToCurve([50, 3], flat)).toBeCloseTo(3, 2);
    expect(distanceToCurve([103, 4], flat)).toBeCloseTo(5, 2);
  });

  it('follows a bowed connector, not the straight line between its ends', () => {
    const curve = connectorCurve([0, 0], [100, 100], 'horizontal');
    // The curve leaves (0,0) flat: (20,6) lies on it, 10 px off the straight diagonal.
    expect(distanceToCurve([20, 6], curve)).toBeLessThan(1);
    expect(distanceToCurve([13, 13], curve)).toBeGreaterThan(4);
  });
});

describe(pickNearest.name, () => {
  const curves = [
    { id: 'flat', curve: flat },
    { id: 'below', curve: below },
  ];

  it('picks the nearer of two lines that run 4 px apart, on either side', () => {
    expect(pickNearest([50, 1], curves, 10)).toBe('flat');
    expect(pickNearest([50, 3], curves, 10)).toBe('below');
  });

  it('picks nothing beyond the reach', () => {
    expect(pickNearest([50, 20], curves, 10)).toBeNull();
  });

  it('tells apart two connectors that share their Belarusian end, near the Vietnamese ends', () => {
    // Two localities 10 px apart in Vietnam, both paired with the same Belarusian city.
    const { flow } = layoutInsets(1280);
    const minsk: [number, number] = [300, 200];
    const hanoi = connectorCurve(minsk, [1000, 300], flow);
    const quangNinh = connectorCurve(minsk, [1010, 296], flow);
    // On the Hanoi line, near its end: Hanoi, though the other line runs within a few px.
    const onHanoi = pointOnCurve(hanoi, 0.95);
    expect(distanceToCurve(onHanoi, quangNinh)).toBeLessThan(8);
    const pairs = [
      { id: 'hanoi', curve: hanoi },
      { id: 'quang-ninh', curve: quangNinh },
    ];
    expect(pickNearest(onHanoi, pairs, 14)).toBe('hanoi');
  });
});
