import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Partnership, Place } from '@data/schema';
import { decodeShapes } from '../api/geo-query';
import { locales } from '../locales';
import { filterPairs, pairIndex } from './filter-pairs';
import { projectArchipelagos } from './islands';
import { overlapArea } from './label-placement';
import { layoutInsets } from './map-layout';
import { insetProjections, mapLabels, projectPlaces } from './map-scene';
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
