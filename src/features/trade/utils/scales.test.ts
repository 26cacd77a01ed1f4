import { decadeDomain, linearScale, linearTicks, logScale, logTicks } from './scales';

describe(linearTicks.name, () => {
  it('gives round steps', () => {
    expect(linearTicks(0, 180e6, 4)).toEqual([0, 50e6, 100e6, 150e6]);
    expect(linearTicks(-20, 40, 3)).toEqual([-20, 0, 20, 40]);
  });
});

describe(logTicks.name, () => {
  it('uses 1, 2, 5 steps, thinned to powers of ten when crowded', () => {
    expect(logTicks(1e6, 1e7)).toEqual([1e6, 2e6, 5e6, 1e7]);
    expect(logTicks(1e6, 1e10, 6)).toEqual([1e6, 1e7, 1e8, 1e9, 1e10]);
  });
});

describe(linearScale.name, () => {
  it('maps the widened domain onto the range, from zero', () => {
    const s = linearScale([30, 170], [200, 0], 4);
    expect(s.domain).toEqual([0, 200]);
    expect(s(0)).toBe(200);
    expect(s(100)).toBe(100);
  });
});

describe(logScale.name, () => {
  it('maps powers of ten evenly', () => {
    const s = logScale([1e6, 9e7], [100, 0], 5);
    expect(s.domain).toEqual([1e6, 1e8]);
    expect(s(1e7)).toBeCloseTo(50);
  });
});

describe(decadeDomain.name, () => {
  it('spans whole decades around the positive values, at least one wide', () => {
    expect(decadeDomain([3e6, 4e8, 0])).toEqual([1e6, 1e9]);
    expect(decadeDomain([1e6])).toEqual([1e6, 1e7]);
    expect(decadeDomain([])).toEqual([1, 10]);
  });
});
