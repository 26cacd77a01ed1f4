import {
  apa,
  bibtex,
  bibtexKey,
  chicago,
  citations,
  escapeBibtex,
  isoDate,
  longDate,
  ris,
  type CitationInput,
} from './citation';

const input: CitationInput = {
  site: 'Vietnam–Belarus Relations Dashboard',
  title: 'Thương mại Việt Nam – Belarus',
  url: 'https://example.org/trade?from=2010&lang=vi',
  accessed: new Date(2026, 10, 3),
  version: '2025-11-18',
  viewId: 'trade',
  lang: 'vi',
};

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
  it('puts the title first, n.d., the site, the version and the retrieval date with the link', () => {
    expect(apa(input)).toBe(
      'Thương mại Việt Nam – Belarus. (n.d.). In Vietnam–Belarus Relations Dashboard ' +
        '(Dataset version 2025-11-18). Retrieved November 3, 2026, from ' +
        'https://example.org/trade?from=2010&lang=vi',
    );
  });

  it('does not double a title’s own question mark', () => {
    expect(apa({ ...input, title: 'Who trades?' })).toMatch(/^Who trades\? \(n\.d\.\)/);
  });
});

describe(chicago.name, () => {
  it('quotes the title, then site, version, access date and link', () => {
    expect(chicago(input)).toBe(
      '“Thương mại Việt Nam – Belarus.” Vietnam–Belarus Relations Dashboard. ' +
        'Dataset version 2025-11-18. Accessed November 3, 2026. ' +
        'https://example.org/trade?from=2010&lang=vi.',
    );
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
    expect(out).toContain('howpublished = {\\url{https://example.org/trade?from=2010&lang=vi}},');
    expect(out).toContain('url          = {https://example.org/trade?from=2010&lang=vi},');
    expect(out).toContain('urldate      = {2026-11-03},');
    expect(out).toContain('version      = {2025-11-18},');
    expect(out).toContain('organization = {Vietnam--Belarus Relations Dashboard},');
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
      'TI  - Thương mại Việt Nam – Belarus',
      'T2  - Vietnam–Belarus Relations Dashboard',
      'UR  - https://example.org/trade?from=2010&lang=vi',
      'Y2  - 2026/11/03',
      'ET  - Dataset version 2025-11-18',
      'LA  - vi',
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
    for (const text of Object.values(citations(input))) {
      expect(text).toContain('https://example.org/trade?from=2010&lang=vi');
      expect(text).toMatch(/November 3, 2026|2026-11-03|2026\/11\/03/);
      expect(text).toContain('2025-11-18');
    }
  });
});
