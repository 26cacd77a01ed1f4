/**
 * How wide a text will be in Inter, for the drawings that place their words before the browser
 * lays them out (an SVG has no layout to ask, and an exported image must wrap as the page does):
 * one glyph-width table, as Observable Plot measures its text marks. It fits regular and semibold
 * (600) text; a test checks it against Inter's average width in @capsizecss/metrics.
 */

// Advance widths of Inter (the larger of regular and semibold) in hundredths of an em, measured
// in Chromium: printable ASCII from U+0020, then Cyrillic U+0410–U+044F. Digits are tabular.
const ASCII = [
  27, 32, 52, 64, 65, 100, 66, 33, 39, 39, 65, 65, 27, 65, 27, 38, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 27,
  27, 65, 65, 65, 54, 100, 73, 66, 74, 72, 61, 59, 75, 75, 28, 58, 70, 57, 92, 76, 77, 65, 77, 65, 65, 58, 74,
  73, 102, 72, 71, 65, 39, 38, 39, 48, 47, 35, 57, 60, 54, 60, 55, 40, 60, 61, 26, 26, 57, 26, 90, 61, 57, 60,
  60, 41, 55, 37, 61, 59, 84, 57, 59, 57, 39, 36, 39, 65,
];
const CYRILLIC = [
  73, 65, 66, 58, 85, 61, 103, 64, 76, 76, 70, 75, 92, 75, 77, 75, 65, 74, 66, 67, 83, 72, 75, 71, 98, 100,
  83, 91, 66, 74, 103, 65, 57, 60, 57, 45, 65, 59, 85, 51, 61, 61, 57, 59, 80, 61, 61, 61, 62, 58, 50, 59, 75,
  57, 64, 59, 85, 87, 67, 78, 58, 58, 86, 57,
];
const OTHER: Record<string, number> = {
  ё: 59,
  Ё: 61,
  '·': 27,
  '–': 50,
  '—': 100,
  '’': 29,
  '…': 96,
  '\u00a0': 27,
  '\u202f': 13,
  Đ: 77,
  đ: 60,
  Ơ: 91,
  ơ: 69,
  Ư: 86,
  ư: 71,
};
/** A wider guess for anything the table lacks, and a margin for what it rounds. */
const UNKNOWN = 80;
const SAFETY = 1.04;

/**
 * Estimated width in px of `text` at `size` px: Vietnamese marks are split off and take no
 * room (`NFD`). textWidth('US$4.58 billion', 14) → about 105.
 */
export function textWidth(text: string, size: number): number {
  let sum = 0;
  for (const ch of text.normalize('NFD')) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x300 && c <= 0x36f) continue;
    sum +=
      c >= 0x20 && c <= 0x7e
        ? ASCII[c - 0x20]!
        : c >= 0x410 && c <= 0x44f
          ? CYRILLIC[c - 0x410]!
          : (OTHER[ch] ?? UNKNOWN);
  }
  return (sum / 100) * size * SAFETY;
}

/**
 * Words into lines, each as long as `fits` allows; a word is never split, and one that fits no
 * line stands on a line of its own (a link stays whole).
 *   wrapLines('Sources: BelTA, VietnamNet', (l) => l.length <= 16) → ['Sources: BelTA,', 'VietnamNet']
 */
export function wrapLines(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && !fits(longer)) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

/** Words into lines at most `maxWidth` px wide in Inter at `size` px, as `textWidth` estimates them. */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  return wrapLines(text, (line) => textWidth(line, size) <= maxWidth);
}
