import inter from '@capsizecss/metrics/inter';
import { textWidth, wrapLines, wrapText } from './text-width';

describe(textWidth.name, () => {
  it('gives Vietnamese marks no room and Cyrillic its own widths', () => {
    expect(textWidth('Việt Nam', 14)).toBeCloseTo(textWidth('Viet Nam', 14));
    expect(textWidth('Ж', 14)).toBeGreaterThan(textWidth('г', 14));
  });

  it('grows with the font size, and gives digits one width (Inter’s are tabular)', () => {
    expect(textWidth('US$4.58 billion', 14)).toBeCloseTo(2 * textWidth('US$4.58 billion', 7));
    expect(textWidth('1111', 11)).toBeCloseTo(textWidth('8888', 11));
  });

  it('agrees with Inter’s average glyph width (capsize) on English prose, within 3%', () => {
    const prose =
      'Vietnam and Belarus signed an agreement on trade and economic cooperation during the visit ' +
      'of the President to Hanoi, where both sides said they would double the turnover of goods.';
    // The table's own size per character, without the margin it adds for rounding.
    const perChar = textWidth(prose, 1) / prose.length;
    const average = inter.xWidthAvg / inter.unitsPerEm;
    expect(perChar / 1.04).toBeGreaterThan(average * 0.97);
    expect(perChar / 1.04).toBeLessThan(average * 1.03);
  });
});

describe(wrapLines.name, () => {
  it('breaks at spaces within the limit and never breaks a long word such as a link', () => {
    const chars = (max: number) => (line: string) => line.length <= max;
    expect(wrapLines('Sources: BelTA, VietnamNet', chars(16))).toEqual(['Sources: BelTA,', 'VietnamNet']);
    expect(wrapLines('see https://example.org/partners?lang=vi&to=2024', chars(20))).toEqual([
      'see',
      'https://example.org/partners?lang=vi&to=2024',
    ]);
  });
});

describe(wrapText.name, () => {
  const footer =
    'Sources: IMF, Direction of Trade Statistics (lines); news reports named in the table (marks).';

  it('wraps a line of text to a width in px without splitting words', () => {
    const lines = wrapText(footer, 340, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(footer);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(340);
    expect(wrapText(footer, 1200, 11)).toEqual([footer]);
  });

  it('needs more lines for larger text', () => {
    expect(wrapText(footer, 200, 14).length).toBeGreaterThan(wrapText(footer, 200, 11).length);
  });
});
