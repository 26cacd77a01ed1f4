import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// The committed output of scripts/generate/build-geo.ts; read from disk (the app fetches it as an asset).
const file = resolve(process.cwd(), 'data/geo-countries.topo.json');

describe('map geometry', () => {
  const text = readFileSync(file, 'utf8');

  it('stays within 60 KB gzip', () => {
    expect(gzipSync(text).length).toBeLessThanOrEqual(60 * 1024);
  });

  it('holds Vietnam and Belarus, each once, and backdrops tagged by inset', () => {
    const topo = JSON.parse(text) as {
      objects: { countries: { geometries: { properties: { inset: string; code: string | null } }[] } };
    };
    const props = topo.objects.countries.geometries.map((g) => g.properties);
    expect(props.filter((p) => p.code === 'VN')).toEqual([expect.objectContaining({ inset: 'VN' })]);
    expect(props.filter((p) => p.code === 'BY')).toEqual([expect.objectContaining({ inset: 'BY' })]);
    expect(props.every((p) => p.inset === 'VN' || p.inset === 'BY')).toBe(true);
  });
});
