import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACES_CSS, fontFacesCss } from './font-faces';

const faces = (css: string) =>
  [
    ...css.matchAll(
      /font-family: '([^']+)';[\s\S]*?font-display: (\w+);[\s\S]*?inter-([a-z]+)-(\d+)-normal/g,
    ),
  ].map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}`);

describe('Inter font faces', () => {
  it('the committed file is what the generator writes (npx tsx scripts/font-faces.ts)', () => {
    expect(readFileSync(FACES_CSS, 'utf8')).toBe(fontFacesCss());
  });

  it('English families are optional, the others swap, each over Latin or the extended subsets', () => {
    const all = faces(fontFacesCss());
    expect(all).toHaveLength(12);
    expect(all).toContain('Inter swap latin 400');
    expect(all).toContain('Inter Extended swap vietnamese 600');
    expect(all).toContain('Inter Optional optional latin 600');
    expect(all).toContain('Inter Optional Extended optional cyrillic 400');
    // Latin-ext would be fetched for Vietnamese pages in place of the Vietnamese face.
    expect(fontFacesCss()).not.toContain('latin-ext');
  });
});
