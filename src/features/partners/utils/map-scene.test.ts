import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Partnership, Place } from '@data/schema';
import { decodeShapes } from '../api/geo-query';
import { locales } from '../locales';
import { filterPairs, pairIndex } from './filter-pairs';
import { projectArchipelagos } from './islands';
import { overlapArea } from './label-placement';
import { layoutInsets } from './map-layout';
import { insetProjections, mapLabels, mapScene, projectPlaces } from './map-scene';
import { pairCounts } from './selection';

// The real map: committed shapes, localities and pairs, laid out at the widths the map gets from a
// 360 px phone (about 330 px) to a 1280 px desktop (about 850 px beside the details panel) and wider.
const read = (file: string): unknown => JSON.parse(readFileSync(resolve(process.cwd(), file), 'utf8'));
const shapes = decodeShapes(read('data/geo-countries.topo.json'));
const places = read('data/places.json') as Place[];
const pairs = filterPairs(pairIndex(read('data/partnerships.json') as Partnership[]), {
  to: 2100,
  status: ['signed', 'proposed', 'cited'],
  showUndated: true,
});
const counts = pairCounts(pairs);
const drawn = places.filter((p) => counts.has(p.id));

describe(mapLabels.name, () => {
  for (const width of [300, 328, 360, 420, 480, 560, 640, 720, 800, 850, 900, 1000, 1280])
    for (const lang of ['en', 'vi', 'ru'] as const)
      it(`places every label clear of every other at ${width} px (${lang})`, () => {
        const layout = layoutInsets(width);
        const projections = insetProjections(shapes.countries, shapes.islands, layout);
        const points = projectPlaces(drawn, projections);
        const isles = projectArchipelagos(projections.VN!, shapes.islands);
        const text = locales[lang].islands;
        const labels = [
          ...mapLabels(points, counts, layout, isles, {
            place: (p) => p.names[lang] ?? p.names.en,
            island: (a) => (a === 'hoang-sa' ? text.hoangSa : text.truongSa),
            sea: text.sea,
          }).values(),
        ];
        expect(labels.length).toBe(drawn.length + 3);
        const clashes = labels.flatMap((a, i) =>
          labels
            .slice(i + 1)
            .filter((b) => overlapArea(a.box, b.box) > 0)
            .map((b) => `${a.id} / ${b.id}`),
        );
        expect(clashes).toEqual([]);
        expect(labels.filter((l) => l.overlaps).map((l) => l.id)).toEqual([]);
      });
});

describe(mapScene.name, () => {
  const texts = {
    place: (p: Place) => p.names.en,
    island: (a: string) => (a === 'hoang-sa' ? 'Hoang Sa' : 'Truong Sa'),
    sea: 'East Sea',
  };
  const scene = (width: number, layoutOptions?: Parameters<typeof mapScene>[0]['layoutOptions']) =>
    mapScene({
      width,
      layoutOptions,
      countries: shapes.countries,
      islands: shapes.islands,
      places: drawn,
      pairs,
      counts,
      texts,
    });

  it('draws every committed shape of an inset in it, the focus country last so its outline is on top', () => {
    const { countries } = scene(850);
    for (const code of ['BY', 'VN'] as const) {
      const inset = countries[code]!;
      expect(inset.map((s) => s.feature)).toHaveLength(
        shapes.countries.filter((f) => f.properties.inset === code).length,
      );
      expect(inset.at(-1)!.feature.properties.code).toBe(code);
      expect(inset.filter((s) => s.feature.properties.code !== null)).toHaveLength(1);
      for (const s of inset) expect(s.d).toMatch(/^M/);
    }
  });

  it('draws both archipelagos in the Vietnam inset, shapes and marks inside its frame', () => {
    const { layout, islands } = scene(850);
    const b = layout.insets.VN;
    expect(islands.shapes.map((s) => s.archipelago).sort()).toEqual(['hoang-sa', 'truong-sa']);
    for (const s of islands.shapes) expect(s.d).toMatch(/^M/);
    const marks = islands.projected.flatMap((a) => a.marks);
    expect(marks.length).toBeGreaterThan(2);
    for (const [x, y] of marks) {
      expect(x).toBeGreaterThanOrEqual(b.x);
      expect(x).toBeLessThanOrEqual(b.x + b.width);
      expect(y).toBeGreaterThanOrEqual(b.y);
      expect(y).toBeLessThanOrEqual(b.y + b.height);
    }
  });

  it('places every locality, labels each, and draws a connector for every pair', () => {
    const { points, labels, curves } = scene(360);
    expect(points.map((p) => p.place.id).sort()).toEqual(drawn.map((p) => p.id).sort());
    for (const p of drawn) expect(labels.has(p.id)).toBe(true);
    expect(labels.has('sea')).toBe(true);
    expect(curves.map((c) => c.pair.id)).toEqual(pairs.map((p) => p.id));
  });

  it('stacks the insets on a phone and sets them side by side on a desktop, or lower when told', () => {
    expect(scene(330).layout.flow).toBe('vertical');
    expect(scene(850).layout.flow).toBe('horizontal');
    const embed = scene(600, { narrow: 500, maxHeight: 380, minHeight: 300 });
    expect(embed.layout.flow).toBe('horizontal');
    expect(embed.layout.height).toBe(360);
  });

  it('keeps as many decimals in the shapes as asked', () => {
    const d = (digits?: number) =>
      mapScene({
        width: 850,
        countries: shapes.countries,
        islands: shapes.islands,
        places: [],
        pairs: [],
        counts,
        texts,
        digits,
      }).countries.VN!.at(-1)!.d;
    expect(d(1)).not.toMatch(/\.\d\d/);
    expect(d()).toMatch(/\.\d\d\d/);
  });
});
