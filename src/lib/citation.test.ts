import {
  apa,
  bibtex,
  bibtexKey,
  chicago,
  citations,
  escapeBibtex,
  gost,
  isoDate,
  versionText,
  longDate,
  ris,
  vn,
  type CitationInput,
} from './citation';

const input: CitationInput = {
  site: 'Vietnam–Belarus Relations dashboard',
  publisher: 'Vietnam–Belarus Relations dashboard',
  title: 'Trade between Vietnam and Belarus',
  url: 'https://example.org/trade?from=2010',
  accessed: new Date(2026, 10, 3),
  version: '2025-11-18',
  viewId: 'trade',
  lang: 'en',
};
const ru: CitationInput = {
  ...input,
  site: 'Дашборд «Отношения Вьетнама и Беларуси»',
  publisher: 'Дашборд «Отношения Вьетнама и Беларуси»',
  title: 'Торговля между Вьетнамом и Беларусью',
  url: 'https://example.org/ru/trade?from=2010',
  lang: 'ru',
};
const vi: CitationInput = {
  ...input,
  site: 'Bảng dữ liệu Quan hệ Việt Nam – Belarus',
  publisher: 'Bảng dữ liệu Quan hệ Việt Nam – Belarus',
  title: 'Thương mại Việt Nam – Belarus',
  url: 'https://example.org/vi/trade?from=2010',
  lang: 'vi',
};

// Each style's whole text for one view, in the language the style is written for.
const WHOLE_TEXT = [
  {
    style: gost,
    of: ru,
    does: 'cites a page of a site as ГОСТ Р 7.0.100–2018 does, every word in Russian',
    text:
      'Торговля между Вьетнамом и Беларусью // Дашборд «Отношения Вьетнама и Беларуси» : [сайт]. – ' +
      'Набор данных по состоянию на 18.11.2025. – URL: https://example.org/ru/trade?from=2010 ' +
      '(дата обращения: 03.11.2026). – Текст : электронный.',
  },
  {
    style: vn,
    of: vi,
    does: 'gives the body, the year, the title in quotes, the version and the access date, in Vietnamese',
    text:
      'Bảng dữ liệu Quan hệ Việt Nam – Belarus (không rõ năm), “Thương mại Việt Nam – Belarus”, ' +
      'bộ dữ liệu cập nhật ngày 18/11/2025, truy cập ngày 3/11/2026, <https://example.org/vi/trade?from=2010>.',
  },
  {
    style: apa,
    of: input,
    does: 'puts the title first, n.d., the site, the version and the retrieval date with the link',
    text:
      'Trade between Vietnam and Belarus. (n.d.). In Vietnam–Belarus Relations dashboard ' +
      '(dataset as of November 18, 2025). Retrieved November 3, 2026, from ' +
      'https://example.org/trade?from=2010',
  },
  {
    style: chicago,
    of: input,
    does: 'quotes the title, then site, version, access date and link',
    text:
      '“Trade between Vietnam and Belarus.” Vietnam–Belarus Relations dashboard. ' +
      'Dataset as of November 18, 2025. Accessed November 3, 2026. ' +
      'https://example.org/trade?from=2010.',
  },
];

describe.each(WHOLE_TEXT)('$style.name', ({ style, of, does, text }) => {
  it(does, () => expect(style(of)).toBe(text));
});

describe(versionText.name, () => {
  it('says what the version is, at the precision its date is written', () => {
    expect(versionText('2026-03', 'en')).toBe('dataset as of March 2026');
    expect(versionText('2026-03', 'vi')).toBe('bộ dữ liệu cập nhật tháng 3/2026');
    expect(versionText('2026-03-05', 'ru')).toBe('набор данных по состоянию на 05.03.2026');
  });
});

describe('citations in the reader’s language', () => {
  it('offers each language its own form first, and writes no English word in Russian or Vietnamese', () => {
    expect(citations(ru).map((c) => c.format)).toEqual(['gost', 'apa', 'chicago', 'bibtex', 'ris']);
    expect(citations(vi).map((c) => c.format)).toEqual(['vn', 'apa', 'chicago', 'bibtex', 'ris']);
    expect(citations(input).map((c) => c.format)).toEqual(['apa', 'chicago', 'bibtex', 'ris']);
    for (const c of [...citations(ru), ...citations(vi)].filter((c) =>
      ['apa', 'chicago', 'gost', 'vn'].includes(c.format),
    )) {
      // The link aside (its params are the link's, e.g. `from`).
      expect(c.text.replace(/<?https?:\/\/\S+/g, '')).not.toMatch(
        /\b(Retrieved|Accessed|Dataset|version|from|In|n\.d\.)\b/,
      );
    }
    expect(apa(ru)).toContain('Дата обращения: 03.11.2026');
    expect(chicago(vi)).toContain('Truy cập ngày 3/11/2026');
  });
});

describe('the publisher', () => {
  it('is always in BibTeX and RIS, and in prose only when it is not the site itself', () => {
    expect(bibtex(input)).toContain('publisher    = {Vietnam--Belarus Relations dashboard},');
    expect(ris(input)).toContain('PB  - Vietnam–Belarus Relations dashboard\r\n');
    expect(apa(input).match(/Relations dashboard/g)).toHaveLength(1);
    const other = { ...input, publisher: 'Institute of Example Studies' };
    expect(apa(other)).toContain(
      '(dataset as of November 18, 2025). Institute of Example Studies. Retrieved',
    );
    expect(chicago(other)).toContain(
      'Vietnam–Belarus Relations dashboard. Institute of Example Studies. Dataset',
    );
    expect(gost({ ...ru, publisher: 'Институт' })).toContain(': [сайт] / Институт. – ');
    expect(gost(ru)).not.toContain(' / ');
  });
});

describe(longDate.name, () => {
  it('writes the month in words, the day without a leading zero', () => {
    expect(longDate(new Date(2026, 0, 5))).toBe('January 5, 2026');
  });
});

describe(isoDate.name, () => {
  it('writes the local date as YYYY-MM-DD', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe(apa.name, () => {
  it('does not double a title’s own question mark', () => {
    expect(apa({ ...input, title: 'Who trades?' })).toMatch(/^Who trades\? \(n\.d\.\)/);
  });
});

describe(escapeBibtex.name, () => {
  it('escapes every BibTeX special character', () => {
    expect(escapeBibtex('R&D 50% $5 #1 a_b {x} ~ ^ \\')).toBe(
      'R\\&D 50\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('writes dashes as TeX ligatures and keeps letters with diacritics', () => {
    expect(escapeBibtex('Việt Nam – Belarus — Беларусь')).toBe('Việt Nam -- Belarus --- Беларусь');
  });

  it('makes a field one line', () => {
    expect(escapeBibtex('a\n  b')).toBe('a b');
  });
});

describe(bibtexKey.name, () => {
  it('is ASCII letters, digits and hyphens', () => {
    expect(bibtexKey('Partner cities!', new Date(2026, 10, 3))).toBe('vnby-partner-cities-2026-11-03');
  });
});

describe(bibtex.name, () => {
  it('writes a @misc entry with the escaped title, the link, the access date and the version', () => {
    const out = bibtex({ ...input, title: 'Trade & 50% {of} it' });
    expect(out.startsWith('@misc{vnby-trade-2026-11-03,\n')).toBe(true);
    expect(out).toContain('title        = {Trade \\& 50\\% \\{of\\} it},');
    expect(out).toContain('howpublished = {\\url{https://example.org/trade?from=2010}},');
    expect(out).toContain('url          = {https://example.org/trade?from=2010},');
    expect(out).toContain('urldate      = {2026-11-03},');
    expect(out).toContain('version      = {2025-11-18},');
    expect(out).toContain('organization = {Vietnam--Belarus Relations dashboard},');
    expect(out.endsWith('\n}')).toBe(true);
  });

  it('keeps braces in a link from unbalancing the entry', () => {
    expect(bibtex({ ...input, url: 'https://x.org/{a}' })).toContain(
      'url          = {https://x.org/%7Ba%7D},',
    );
  });
});

describe(ris.name, () => {
  it('writes TAG  - value lines from TY  - ELEC to ER  - , with CRLF', () => {
    expect(ris(input).split('\r\n')).toEqual([
      'TY  - ELEC',
      'TI  - Trade between Vietnam and Belarus',
      'T2  - Vietnam–Belarus Relations dashboard',
      'PB  - Vietnam–Belarus Relations dashboard',
      'UR  - https://example.org/trade?from=2010',
      'Y2  - 2026/11/03',
      'ET  - Dataset as of November 18, 2025',
      'LA  - en',
      'ER  - ',
      '',
    ]);
  });

  it('never lets a value break onto a second line', () => {
    expect(ris({ ...input, title: 'a\nTY  - JOUR' })).toContain('TI  - a TY - JOUR\r\n');
  });
});

describe(citations.name, () => {
  it('gives every format the link, the access date and the version', () => {
    for (const { text } of citations(input)) {
      expect(text).toContain('https://example.org/trade?from=2010');
      expect(text).toMatch(/November 3, 2026|2026-11-03|2026\/11\/03/);
      expect(text).toMatch(/2025-11-18|November 18, 2025/);
    }
  });
});
