import { parseYearRange, writeYearRange, moveRangeEnd } from './year-range';

const domain = { min: 1957, max: 2025 };
const parse = (q: string) => parseYearRange(new URLSearchParams(q), domain);
const roundTrip = (q: string) => {
  const s = new URLSearchParams();
  writeYearRange(s, parse(q).value, domain);
  return s.toString();
};

describe(parseYearRange.name, () => {
  it('defaults to the whole domain', () => {
    expect(parse('')).toEqual({ value: { from: 1957, to: 2025 }, issues: [] });
  });

  it('reads from and to', () => {
    expect(parse('from=2010&to=2024').value).toEqual({ from: 2010, to: 2024 });
  });

  it('ignores a non-year and names the param', () => {
    const { value, issues } = parse('from=abc&to=2020');
    expect(value).toEqual({ from: 1957, to: 2020 });
    expect(issues).toEqual([{ param: 'from', value: 'abc', action: 'ignored' }]);
  });

  it('clamps a year outside the data', () => {
    const { value, issues } = parse('from=1800');
    expect(value.from).toBe(1957);
    expect(issues[0]).toMatchObject({ param: 'from', action: 'clamped', usedValue: '1957' });
  });

  it('swaps a start after the end, and says so', () => {
    const { value, issues } = parse('from=2020&to=2010');
    expect(value).toEqual({ from: 2010, to: 2020 });
    expect(issues).toEqual([{ param: 'from', value: '2020', action: 'swapped', usedValue: '2010' }]);
  });

  it('swaps after clamping, so a start past the data still gives a range', () => {
    const { value, issues } = parse('from=3000&to=2000');
    expect(value).toEqual({ from: 2000, to: 2025 });
    expect(issues.map((i) => i.action)).toEqual(['clamped', 'swapped']);
  });

  it('leaves equal ends alone', () => {
    expect(parse('from=2010&to=2010')).toEqual({ value: { from: 2010, to: 2010 }, issues: [] });
  });
});

describe(writeYearRange.name, () => {
  it('leaves defaults out of the link', () => {
    expect(roundTrip('from=1957&to=2025')).toBe('');
  });

  it('round-trips a chosen range', () => {
    expect(roundTrip('to=2024&from=2010')).toBe('from=2010&to=2024');
  });

  it('writes the repaired range after bad input', () => {
    expect(roundTrip('from=abc&to=3000')).toBe('');
  });

  it('writes a swapped range in order', () => {
    expect(roundTrip('from=2020&to=2010')).toBe('from=2010&to=2020');
  });
});

describe('moveRangeEnd', () => {
  const domain = { min: 1957, max: 2026 };
  const range = { from: 2000, to: 2010 };

  it('moves one end and keeps the other', () => {
    expect(moveRangeEnd(range, 'from', 1990, domain)).toEqual({ from: 1990, to: 2010 });
    expect(moveRangeEnd(range, 'to', 2020, domain)).toEqual({ from: 2000, to: 2020 });
  });

  it('never moves an end past the other one or out of the domain', () => {
    expect(moveRangeEnd(range, 'from', 2015, domain)).toEqual({ from: 2010, to: 2010 });
    expect(moveRangeEnd(range, 'to', 1990, domain)).toEqual({ from: 2000, to: 2000 });
    expect(moveRangeEnd(range, 'from', 1800, domain)).toEqual({ from: 1957, to: 2010 });
    expect(moveRangeEnd(range, 'to', 2100, domain)).toEqual({ from: 2000, to: 2026 });
  });
});
