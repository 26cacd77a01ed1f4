import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoBounds, geoPath } from 'd3-geo';
import { decodeShapes } from '../api/geo-query';
import { archipelagoLabels, markBoxes, projectArchipelagos, vietnamFitTarget } from './islands';
import { overlapArea, placeLabels } from './label-placement';
import { insetProjection, layoutInsets } from './map-layout';

// The committed output of scripts/generate/build-geo.ts, as the app decodes it.
const shapes = decodeShapes(
  JSON.parse(readFileSync(resolve(process.cwd(), 'data/geo-countries.topo.json'), 'utf8')),
);
const vietnam = shapes.countries.find((f) => f.properties.code === 'VN')!;

describe('the archipelagos in the map geometry', () => {
  it('holds Hoàng Sa and Trường Sa as Vietnam, in the Vietnam inset', () => {
    expect(shapes.islands.map((f) => f.properties.archipelago).sort()).toEqual(['hoang-sa', 'truong-sa']);
    for (const f of shapes.islands) expect(f.properties).toMatchObject({ inset: 'VN', code: 'VN' });
  });

  it('places each where the CIA World Factbook does, its islets around that point', () => {
    const byId = new Map(shapes.islands.map((f) => [f.properties.archipelago, f]));
    expect(byId.get('hoang-sa')!.properties.anchor).toEqual([112, 16.5]);
    expect(byId.get('truong-sa')!.properties.anchor).toEqual([111.916667, 8.633333]);
    const [[w, s], [e, n]] = geoBounds(byId.get('hoang-sa')!);
    expect([w, s, e, n]).toEqual([
      expect.closeTo(111.5, 0),
      expect.closeTo(16, 0),
      expect.closeTo(112.5, 0),
      expect.closeTo(17, 0),
    ]);
    for (const f of shapes.islands) expect(f.properties.marks.length).toBe(f.geometry.coordinates.length);
  });

  it('has no islet ring turned inside out (it would paint the whole inset)', () => {
    for (const f of shapes.islands) expect(geoPath().area(f)).toBeLessThan(0.01);
  });
});

describe(projectArchipelagos.name, () => {
  for (const [width, options] of [
    [360, {}],
    [1280, {}],
    [576, { narrow: 480, minHeight: 300, maxHeight: 310 }],
  ] as const) {
    it(`puts every mark and label inside Vietnam's inset frame at ${width} px, clear of the city labels`, () => {
      const box = layoutInsets(width, options).insets.VN;
      const projection = insetProjection(vietnamFitTarget(vietnam, shapes.islands), box);
      const isles = projectArchipelagos(projection, shapes.islands);
      expect(isles).toHaveLength(2);
      for (const [x, y] of isles.flatMap((a) => a.marks)) {
        expect(x).toBeGreaterThan(box.x);
        expect(x).toBeLessThan(box.x + box.width);
        expect(y).toBeGreaterThan(box.y);
        expect(y).toBeLessThan(box.y + box.height);
      }
      // Hanoi, Da Nang and Ho Chi Minh City, as the map labels them first.
      const cities = [
        ['hanoi', 'Hanoi', 105.84, 21.02],
        ['da-nang', 'Da Nang', 108.22, 16.07],
        ['hcmc', 'Ho Chi Minh City', 106.63, 10.82],
      ].map(([id, text, lon, lat]) => {
        const [x, y] = projection([lon as number, lat as number])!;
        return { id: id as string, text: text as string, x, y, r: 6 };
      });
      const placed = placeLabels(
        [...cities, ...archipelagoLabels(isles, (a) => `${a} islands\nof Vietnam`, 11, 'East Sea')],
        { fontSize: 12, bounds: box, obstacles: markBoxes(isles) },
      );
      const cityBoxes = placed.slice(0, 3).map((l) => l.box);
      for (const l of placed.slice(3)) {
        expect(l.overlaps).toBe(false);
        for (const c of cityBoxes) expect(overlapArea(l.box, c)).toBe(0);
      }
    });
  }
});
