import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FALLBACK_CSS, fontFallbackCss } from './font-fallback.ts';

describe('metric-matched fallback faces', () => {
  it('the committed CSS is what the metrics give (rerun scripts/generate/font-fallback.ts when not)', () => {
    expect(readFileSync(FALLBACK_CSS, 'utf8')).toBe(fontFallbackCss());
  });

  it('scales Arial and Roboto towards Inter, which sets wider', () => {
    const css = fontFallbackCss();
    const sizes = [...css.matchAll(/size-adjust: ([\d.]+)%/g)].map((m) => Number(m[1]));
    expect(sizes).toHaveLength(2);
    for (const s of sizes) expect(s).toBeGreaterThan(100);
    expect(css).toContain("local('Liberation Sans')");
  });

  it('every site font stack names both fallback faces right after the Inter families', () => {
    const styles = readFileSync('src/styles.css', 'utf8');
    expect(styles).toMatch(/--font-fallback:\s*'Inter Fallback: Arial', 'Inter Fallback: Roboto',/);
    expect(styles).toMatch(/--font:\s*var\(--font-web\), var\(--font-fallback\);/);
    // One family for every language (scripts/generate/font-faces.ts).
    const web = [...styles.matchAll(/--font-web:\s*([^;]+);/g)].map((m) => m[1]);
    expect(web).toEqual(["'Inter'"]);
  });
});
