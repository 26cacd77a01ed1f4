/**
 * The installed app's icons, drawn from `public/favicon.svg` (run once after changing it; the PNGs
 * are committed):
 *   npx tsx scripts/generate/make-icons.ts
 * `icon-192.png` and `icon-512.png` are the flags edge to edge; `icon-maskable-512.png` has them
 * inside the central safe zone (a circle of 80 % of the width) on the site's background, since
 * launchers crop maskable icons to their own shape; `apple-touch-icon.png` is opaque, as iOS wants.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const PUBLIC = 'public';
/** The site's light background (`--bg` in src/styles.css), also the manifest's. */
const BACKGROUND = '#ffffff';

const favicon = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');

function png(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** The favicon scaled to `inner` of the width, centred on the background. */
function padded(inner: number): string {
  const body = favicon.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const offset = (32 * (1 - inner)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BACKGROUND}"/><g transform="translate(${offset} ${offset}) scale(${inner})">${body}</g></svg>`;
}

const icons: [string, string, number][] = [
  ['icon-192.png', favicon, 192],
  ['icon-512.png', favicon, 512],
  // 0.56 of the width keeps the flags' corners (at 0.56·√2/2 ≈ 0.4 from the centre) in the safe zone.
  ['icon-maskable-512.png', padded(0.56), 512],
  ['apple-touch-icon.png', favicon, 180],
];
for (const [name, svg, size] of icons) {
  writeFileSync(join(PUBLIC, name), png(svg, size));
  console.log(`wrote ${PUBLIC}/${name} (${size}×${size})`);
}
