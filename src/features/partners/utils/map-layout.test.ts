import { lonLatBox } from '@/testing/geometry-fixtures';
import {
  connectorPath,
  insetProjection,
  layoutInsets,
  parallelOffsets,
  projectPoint,
  spreadCoincident,
} from './map-layout';

// A lon/lat square standing in for a country: 100–110°E, 10–20°N.
const square = lonLatBox(100, 10, 110, 20);

describe(layoutInsets.name, () => {
  it('puts the insets side by side on a wide screen, Belarus left', () => {
    const l = layoutInsets(1280);
    expect(l.flow).toBe('horizontal');
    expect(l.insets.BY.x + l.insets.BY.width).toBeLessThan(l.insets.VN.x);
    expect(l.insets.VN.x + l.insets.VN.width).toBe(1280);
  });

  it('stacks Belarus above Vietnam on a phone, inside the width', () => {
    const l = layoutInsets(360);
    expect(l.flow).toBe('vertical');
    expect(l.insets.BY.y + l.insets.BY.height).toBeLessThan(l.insets.VN.y);
    expect(l.insets.VN.x + l.insets.VN.width).toBe(360);
    expect(l.height).toBe(l.insets.VN.y + l.insets.VN.height);
  });

  it('keeps the insets side by side and short in a 600 px embed when asked', () => {
    expect(layoutInsets(576).flow).toBe('vertical');
    const l = layoutInsets(576, { narrow: 480, minHeight: 300, maxHeight: 310 });
    expect(l.flow).toBe('horizontal');
    expect(l.height).toBe(310);
  });
});

describe(insetProjection.name, () => {
  it('fits the country inside the box with padding', () => {
    const box = { x: 100, y: 50, width: 200, height: 300 };
    const p = insetProjection(square, box, 10);
    const [x0, y0] = projectPoint(p, 100, 20)!;
    const [x1, y1] = projectPoint(p, 110, 10)!;
    expect(x0).toBeGreaterThanOrEqual(109.9);
    expect(x1).toBeLessThanOrEqual(290.1);
    expect(y0).toBeGreaterThanOrEqual(59.9);
    expect(y1).toBeLessThanOrEqual(340.1);
    // North is up, east is right.
    expect(y0).toBeLessThan(y1);
    expect(x0).toBeLessThan(x1);
  });
});

describe(projectPoint.name, () => {
  it('projects the centre of the square near the centre of the box', () => {
    const p = insetProjection(square, { x: 0, y: 0, width: 200, height: 200 }, 0);
    const [x, y] = projectPoint(p, 105, 15)!;
    expect(x).toBeCloseTo(100, 0);
    expect(y).toBeGreaterThan(90);
    expect(y).toBeLessThan(110);
  });
});

describe(connectorPath.name, () => {
  it('leaves both ends sideways in the horizontal flow', () => {
    expect(connectorPath([0, 0], [100, 50], 'horizontal')).toBe('M0,0C50,0 50,50 100,50');
  });

  it('leaves both ends downwards in the vertical flow', () => {
    expect(connectorPath([0, 0], [40, 100], 'vertical')).toBe('M0,0C0,50 40,50 40,100');
  });

  it('bows an offset connector perpendicular to the chord', () => {
    expect(connectorPath([0, 0], [100, 0], 'horizontal', 10)).toBe('M0,0C50,10 50,10 100,0');
  });
});

describe(parallelOffsets.name, () => {
  it('alternates sides for parallel connectors', () => {
    expect(parallelOffsets(1)).toEqual([0]);
    expect(parallelOffsets(3)).toEqual([0, 18, -18]);
  });
});

describe(spreadCoincident.name, () => {
  it('moves points sharing a position apart in a row', () => {
    const out = spreadCoincident(
      [
        { id: 'minsk', x: 100, y: 50 },
        { id: 'minsk-region', x: 100, y: 50 },
        { id: 'gomel', x: 200, y: 80 },
      ],
      10,
    );
    expect(out).toEqual([
      { id: 'minsk', x: 95, y: 50 },
      { id: 'minsk-region', x: 105, y: 50 },
      { id: 'gomel', x: 200, y: 80 },
    ]);
  });
});
