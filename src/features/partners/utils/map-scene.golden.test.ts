/**
 * Golden pictures of the map's scene: the committed shapes, a fixed set of localities and of
 * pairs between them, laid out by `mapScene()` and drawn as a standalone SVG,
 * compared with the committed files in `__golden__/` (open one in a browser to see the map). A
 * change in layout shows as a diff of the picture; when it is meant,
 * `npx vitest run <this file> -u` rewrites them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HANOI_MINSK } from '@/testing/event-fixtures';
import type { Partnership, Place } from '@data/schema';
import { decodeShapes, type Archipelago } from '../api/geo-query';
import { ISLET_R } from './islands';
import { LINE_HEIGHT, type PlacedLabel } from './label-placement';
import { curvePath } from './map-layout';
import { FONT, INSETS, ISLAND_FONT, R, mapScene } from './map-scene';
import { pairCounts } from './selection';

const read = (file: string): unknown => JSON.parse(readFileSync(resolve(process.cwd(), file), 'utf8'));
const shapes = decodeShapes(read('data/geo-countries.topo.json'));
const allPlaces = read('data/places.json') as Place[];
// Localities from the committed places (their coordinates are sourced there): Minsk and Minsk
// region share a point and are spread apart; Hanoi and Hai Phong sit close together.
const PLACE_IDS = [
  'minsk',
  'minsk-region',
  'gomel',
  'brest-region',
  'hanoi',
  'haiphong',
  'lao-cai',
  'da-nang',
  'ho-chi-minh-city',
];
const places = PLACE_IDS.map((id) => {
  const place = allPlaces.find((p) => p.id === id);
  if (!place) throw new Error(`data/places.json has no place "${id}", which the map's golden pictures draw`);
  return place;
});
/** A made-up pair between two of those localities: the scene needs only its ends and status. */
const pair = (
  id: string,
  byPlaceId: string,
  vnPlaceId: string,
  status: Partnership['status'],
): Partnership => ({
  ...HANOI_MINSK,
  id,
  byPlaceId,
  vnPlaceId,
  status,
});
// Hanoi–Minsk twice, so the two connectors bow apart.
const pairs = [
  pair('p1', 'minsk', 'hanoi', 'signed'),
  pair('p2', 'minsk', 'hanoi', 'proposed'),
  pair('p3', 'minsk-region', 'ho-chi-minh-city', 'cited'),
  pair('p4', 'gomel', 'da-nang', 'signed'),
  pair('p5', 'brest-region', 'lao-cai', 'signed'),
  pair('p6', 'minsk-region', 'haiphong', 'proposed'),
];
// Fixed labels, so a reworded string in the app does not move the picture.
const ISLANDS: Record<Archipelago, string> = {
  'hoang-sa': 'Hoang Sa (Paracel)\nIslands',
  'truong-sa': 'Truong Sa (Spratly)\nIslands',
};
const SEA = 'East Sea';
const TITLES = { BY: 'BELARUS', VN: 'VIETNAM' } as const;

// The light theme's colours (src/styles.css, partners.css), so the file reads like the map.
const STYLE = `
  text { font-family: Inter, system-ui, sans-serif; font-size: ${FONT}px; fill: #1b1e23; }
  .sea { fill: #ebf6fd; }
  .land { fill: #f5f6f8; stroke: #d5d9df; stroke-width: 0.75; }
  .country { stroke: #5a616b; stroke-width: 1; }
  .VN.country { fill: #f1e1d5; } .BY.country { fill: #d3e4ee; }
  .frame { fill: none; stroke: #d5d9df; }
  .title { font-size: 13px; font-weight: 600; fill: #5a616b; letter-spacing: 0.06em; }
  .pair { fill: none; stroke: #009e73; stroke-width: 2.25; stroke-linecap: round; }
  .pair.proposed { stroke-dasharray: 7 5; stroke-linecap: butt; }
  .pair.cited { stroke-dasharray: 0.1 5; stroke-width: 3; }
  .symbol { stroke: #ffffff; stroke-width: 1.5; }
  .VN.symbol { fill: #d55e00; } .BY.symbol { fill: #0072b2; }
  .islet { stroke-width: 1; }
  .leader { stroke: #5a616b; stroke-width: 0.75; }
  .label, .island, .sea-label { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
  .island, .sea-label { font-style: italic; font-size: ${ISLAND_FONT}px; }
  .sea-label { fill: #3b7fa5; letter-spacing: 0.08em; }
`;
const n = (v: number) => String(Math.round(v * 10) / 10);

/** A label's text, its lines stacked around the label's middle as the map draws them. */
function labelText(cls: string, label: PlacedLabel, text: string, fontSize: number): string {
  const lines = text.split('\n');
  const step = fontSize * LINE_HEIGHT;
  const first = label.y - ((lines.length - 1) * step) / 2;
  const spans = lines.map((l, i) => `<tspan x="${n(label.x)}" y="${n(first + i * step)}">${l}</tspan>`);
  return `<text class="${cls}" text-anchor="${label.anchor}" dominant-baseline="central">${spans.join('')}</text>`;
}

/** The scene at `width` px as a standalone SVG: insets with their countries, connectors, localities, labels. */
function sceneSvg(width: number): string {
  // One decimal in the shapes' paths keeps the committed files small.
  const { layout, countries, islands, points, labels, curves } = mapScene({
    width,
    countries: shapes.countries,
    islands: shapes.islands,
    places,
    pairs,
    counts: pairCounts(pairs),
    texts: { place: (p) => p.names.en, island: (a) => ISLANDS[a], sea: SEA },
    digits: 1,
  });
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<style>${STYLE}</style>`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
  ];
  for (const code of INSETS) {
    const b = layout.insets[code];
    const box = `x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"`;
    out.push(`<clipPath id="clip-${code}"><rect ${box} rx="6"/></clipPath>`);
    out.push(`<g clip-path="url(#clip-${code})"><rect class="sea" ${box}/>`);
    // Neighbours first, the country itself on top.
    for (const { feature, d } of countries[code] ?? []) {
      const cls = feature.properties.code ? `country ${code}` : 'land';
      out.push(`<path class="${cls}" d="${d}"/>`);
    }
    if (code === 'VN') for (const { d } of islands.shapes) out.push(`<path class="country VN" d="${d}"/>`);
    out.push('</g>');
    out.push(
      `<rect class="frame" x="${b.x + 0.5}" y="${b.y + 0.5}" width="${b.width - 1}" height="${b.height - 1}" rx="6"/>`,
    );
    out.push(`<text class="title" x="${b.x + 10}" y="${b.y + 20}">${TITLES[code]}</text>`);
  }
  for (const { pair: p, curve } of curves)
    out.push(`<path class="pair ${p.status}" d="${curvePath(curve)}"/>`);
  for (const a of islands.projected) {
    for (const [x, y] of a.marks)
      out.push(`<circle class="country VN islet" cx="${n(x)}" cy="${n(y)}" r="${ISLET_R}"/>`);
    const label = labels.get(`islands:${a.archipelago}`);
    if (label) out.push(labelText('island', label, ISLANDS[a.archipelago], ISLAND_FONT));
  }
  const sea = labels.get('sea');
  if (sea) out.push(labelText('sea-label', sea, SEA, ISLAND_FONT));
  for (const { place, x, y } of points) {
    const label = labels.get(place.id);
    const cls = `symbol ${place.country}`;
    if (label?.leader) {
      const { x1, y1, x2, y2 } = label.leader;
      out.push(`<line class="leader" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"/>`);
    }
    out.push(
      place.kind === 'city'
        ? `<circle class="${cls}" cx="${n(x)}" cy="${n(y)}" r="${R}"/>`
        : `<rect class="${cls}" x="${n(x - R)}" y="${n(y - R)}" width="${2 * R}" height="${2 * R}" transform="rotate(45 ${n(x)} ${n(y)})"/>`,
    );
    if (label) out.push(labelText('label', label, place.names.en, FONT));
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

describe('the map scene in pictures', () => {
  it('at a desktop’s 850 px: the insets side by side, connectors leaving sideways', async () => {
    await expect(sceneSvg(850)).toMatchFileSnapshot('./__golden__/map-scene-wide.svg');
  });

  it('at a 360 px phone’s 330 px: Belarus above Vietnam, connectors leaving downwards', async () => {
    await expect(sceneSvg(330)).toMatchFileSnapshot('./__golden__/map-scene-phone.svg');
  });
});
