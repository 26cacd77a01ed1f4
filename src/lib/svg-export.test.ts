import { creditLayout, wrapText } from './svg-export';

describe(wrapText.name, () => {
  it('breaks at spaces within the width and never breaks a long word such as a link', () => {
    expect(wrapText('Sources: BelTA, VietnamNet', 16)).toEqual(['Sources: BelTA,', 'VietnamNet']);
    expect(wrapText('see https://example.org/partners?lang=vi&to=2024', 20)).toEqual([
      'see',
      'https://example.org/partners?lang=vi&to=2024',
    ]);
  });
});

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
  });
});
