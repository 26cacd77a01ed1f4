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
  it('the committed file is what the generator writes (npx tsx scripts/generate/font-faces.ts)', () => {
    expect(readFileSync(FACES_CSS, 'utf8')).toBe(fontFacesCss());
  });

  it('one family that swaps, over the Latin, Vietnamese and Cyrillic subsets', () => {
    const all = faces(fontFacesCss());
    expect(all).toHaveLength(6);
    expect(new Set(all.map((f) => f.split(' ').slice(0, 2).join(' ')))).toEqual(new Set(['Inter swap']));
    expect(all).toContain('Inter swap latin 400');
    expect(all).toContain('Inter swap vietnamese 600');
    expect(all).toContain('Inter swap cyrillic 400');
    // Latin-ext would be fetched for Vietnamese pages in place of the Vietnamese face.
    expect(fontFacesCss()).not.toContain('latin-ext');
  });
});
