import Papa from 'papaparse';
import { csvFile, csvFileName, csvText, joinList, protectCell, slugPart, toCsv, unprotectCell } from './csv';

describe(protectCell.name, () => {
  it.each([
    ['1-8', '="1-8"'],
    ['2023-12', '="2023-12"'],
    ['2023-12-06', '="2023-12-06"'],
    ['2024-01/2024-08', '="2024-01/2024-08"'],
    ['2023-12-06/2023-12-09', '="2023-12-06/2023-12-09"'],
    ['2008/2009', '="2008/2009"'],
    // As Vietnamese and Russian pages write a day.
    ['6/12/2023', '="6/12/2023"'],
    ['06.12.2023', '="06.12.2023"'],
    ['007', '="007"'],
    ['5e10', '="5e10"'],
  ])('keeps %s as text a spreadsheet shows unchanged', (value, cell) => {
    expect(protectCell(value)).toBe(cell);
    expect(unprotectCell(cell)).toBe(value);
  });

  it.each(['=HYPERLINK("http://x")', '+36.3% year on year', '-5', '@SUM(A1)', '\tx'])(
    'guards %j so a spreadsheet does not run it',
    (value) => {
      expect(protectCell(value)).toBe(`'${value}`);
      expect(unprotectCell(`'${value}`)).toBe(value);
    },
  );

  it('leaves numbers, booleans, a year and ordinary text alone', () => {
    expect(protectCell(-5)).toBe(-5);
    expect(protectCell(true)).toBe(true);
    expect(protectCell('2008')).toBe('2008');
    expect(protectCell('6 – 9 Dec 2023')).toBe('6 – 9 Dec 2023');
    expect(protectCell('tháng 5/2010')).toBe('tháng 5/2010');
    expect(protectCell('')).toBe('');
  });
});

describe(csvText.name, () => {
  it('writes a header and one line per row, quoting commas, quotes and line breaks', () => {
    const text = csvText(
      ['id', 'title', 'n', 'flag', 'empty'],
      [
        { id: 'a', title: 'Minsk, "Belarus"\nline 2', n: 3, flag: false, empty: undefined },
        { id: 'b', title: 'Hà Nội', n: null, flag: true },
      ],
    );
    expect(text.split('\r\n')[0]).toBe('id,title,n,flag,empty');
    expect(text.startsWith('\uFEFF')).toBe(false);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      { id: 'a', title: 'Minsk, "Belarus"\nline 2', n: '3', flag: 'false', empty: '' },
      { id: 'b', title: 'Hà Nội', n: '', flag: 'true', empty: '' },
    ]);
  });

  it('protects every cell, in the order of the fields', () => {
    const text = csvText(['range', 'note'], [{ note: '=1+1', range: '2024-01/2024-08' }]);
    expect(text).toBe('range,note\r\n"=""2024-01/2024-08""",\'=1+1');
  });
});

describe(toCsv.name, () => {
  it('starts with a UTF-8 byte-order mark and ends each line with CRLF', () => {
    const csv = toCsv(['name'], [{ name: 'Минск' }]);
    expect(csv).toBe('\uFEFFname\r\nМинск\r\n');
    // The mark is the three bytes Excel looks for.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('csvFile adds the mark and the final line end once', () => {
    expect(csvFile('a\r\nb')).toBe('\uFEFFa\r\nb\r\n');
    expect(csvFile(csvFile('a\r\nb'))).toBe('\uFEFFa\r\nb\r\n');
  });
});

describe(joinList.name, () => {
  it('joins with " | " and keeps an empty item in place', () => {
    expect(joinList(['https://a', undefined, 'https://c'])).toBe('https://a |  | https://c');
  });
});

describe(slugPart.name, () => {
  it.each([
    ['Hà Nội', 'ha-noi'],
    ['Đà Nẵng', 'da-nang'],
    ['Минск', 'минск'],
    ['  Head of state! ', 'head-of-state'],
    ['vn-to-by', 'vn-to-by'],
  ])('%s → %s', (text, slug) => expect(slugPart(text)).toBe(slug));

  it('keeps a name short', () => {
    expect(slugPart('a'.repeat(100))).toHaveLength(40);
  });
});

describe(csvFileName.name, () => {
  it('names the view and the years', () => {
    expect(csvFileName('visits', [], { from: 2010, to: 2024 })).toBe('vietnam-belarus-visits-2010-2024.csv');
  });

  it('carries the filters, in order, skipping empty ones', () => {
    expect(
      csvFileName('visits', ['agreement', 'head-of-state', '', 'Hà Nội'], { from: 1957, to: 2025 }),
    ).toBe('vietnam-belarus-visits-agreement-head-of-state-ha-noi-1957-2025.csv');
  });

  it('says "until" for a view that lists what was in place by a year', () => {
    expect(csvFileName('partners', ['signed'], { to: 2024 })).toBe(
      'vietnam-belarus-partners-signed-until-2024.csv',
    );
  });

  it('never grows past a file system’s limits, whatever the search', () => {
    const name = csvFileName('visits', ['x'.repeat(40), 'y'.repeat(40), 'z'.repeat(40)], { from: 1, to: 2 });
    expect(name.length).toBeLessThan(140);
    expect(name).toMatch(/^vietnam-belarus-visits-x+-y+-z+-1-2\.csv$/);
  });
});
