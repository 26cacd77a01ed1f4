import { creditLayout } from './svg-export';
import { textWidth } from './text-width';

describe(creditLayout.name, () => {
  it('adds nothing without a credit, and one line below for a plain string', () => {
    expect(creditLayout(undefined, 600)).toMatchObject({ top: 0, bottom: 0 });
    expect(creditLayout('Dashboard · https://x.org/trade', 600)).toMatchObject({ title: [], top: 0 });
  });

  it('puts a title above and wraps long source lists below to the image width', () => {
    const list = Array.from({ length: 30 }, (_, i) => `Publisher ${i}`).join(', ');
    const narrow = creditLayout(
      { title: 'Partner cities: pairs as of 2024', lines: [`Sources: ${list}`] },
      360,
    );
    const wide = creditLayout(
      { title: 'Partner cities: pairs as of 2024', lines: [`Sources: ${list}`] },
      1280,
    );
    expect(narrow.title).toEqual(['Partner cities: pairs as of 2024']);
    expect(narrow.top).toBeGreaterThan(0);
    expect(narrow.lines.length).toBeGreaterThan(wide.lines.length);
    expect(narrow.bottom).toBeGreaterThan(wide.bottom);
    // Each line fits the image, its margins of 8 px kept, in the credit's 11 px text.
    for (const l of narrow.lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(360 - 16);
  });

  it('keeps a link whole on a line of its own when it is wider than the image', () => {
    const link = 'https://vietnam-belarus.example/partners?from=1990&to=2024&status=active&lang=vi';
    expect(creditLayout(`Open ${link}`, 300).lines).toEqual(['Open', link]);
  });
});
