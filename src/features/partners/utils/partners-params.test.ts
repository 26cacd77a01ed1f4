import fc from 'fast-check';
import {
  DEFAULT_PARAMS,
  parsePartnersParams,
  SORT_KEYS,
  STATUSES,
  writePartnersParams,
  type PartnersParams,
} from './partners-params';

const parse = (s: string, known?: Parameters<typeof parsePartnersParams>[1]) =>
  parsePartnersParams(new URLSearchParams(s), known);
const write = (v: PartnersParams) => {
  const s = new URLSearchParams();
  writePartnersParams(s, v);
  s.sort();
  return s.toString();
};

describe(parsePartnersParams.name, () => {
  it('gives the defaults for an empty search', () => {
    expect(parse('')).toEqual({ value: DEFAULT_PARAMS, issues: [] });
  });

  it('reads a pair, statuses, undated=0 and a descending sort', () => {
    expect(parse('pair=hanoi-minsk&status=proposed,signed&undated=0&sort=-since').value).toEqual({
      pair: 'hanoi-minsk',
      place: null,
      status: ['signed', 'proposed'],
      undated: false,
      sort: 'since',
      desc: true,
    });
  });

  it('names unknown statuses and keeps the known ones', () => {
    const { value, issues } = parse('status=signed,maybe');
    expect(value.status).toEqual(['signed']);
    expect(issues).toEqual([{ param: 'status', value: 'maybe', action: 'ignored' }]);
  });

  it('ignores an id that is not in the data, and a malformed one', () => {
    const known = { pairs: new Set(['p1']), places: new Set(['minsk']) };
    expect(parse('pair=p2', known).issues).toEqual([{ param: 'pair', value: 'p2', action: 'ignored' }]);
    expect(parse('place=Minsk!').issues).toEqual([{ param: 'place', value: 'Minsk!', action: 'ignored' }]);
    expect(parse('place=minsk', known).value.place).toBe('minsk');
  });

  it('keeps the pair when both a pair and a place are given', () => {
    const { value, issues } = parse('pair=p1&place=minsk');
    expect(value.pair).toBe('p1');
    expect(value.place).toBeNull();
    expect(issues).toEqual([{ param: 'place', value: 'minsk', action: 'ignored' }]);
  });

  it('opens the older sort=since-desc and undated=false links the same, without a notice', () => {
    expect(parse('sort=since-desc&undated=false')).toEqual({
      value: { ...DEFAULT_PARAMS, sort: 'since', desc: true, undated: false },
      issues: [],
    });
    expect(write(parse('sort=since-desc&undated=false').value)).toBe('sort=-since&undated=0');
  });

  it('names a bad undated or sort value', () => {
    expect(parse('undated=no').issues).toEqual([{ param: 'undated', value: 'no', action: 'ignored' }]);
    expect(parse('sort=-colour').issues).toEqual([{ param: 'sort', value: '-colour', action: 'ignored' }]);
    expect(parse('sort=-colour').value.desc).toBe(false);
  });
});

describe(writePartnersParams.name, () => {
  it('writes nothing for the defaults', () => {
    expect(write(DEFAULT_PARAMS)).toBe('');
  });

  it('leaves out a status set that holds every status', () => {
    expect(write({ ...DEFAULT_PARAMS, status: [...STATUSES] })).toBe('');
  });

  it('keeps params it does not own', () => {
    const s = new URLSearchParams('from=2010&lang=vi&pair=x');
    writePartnersParams(s, { ...DEFAULT_PARAMS, place: 'minsk' });
    expect(s.toString()).toBe('from=2010&lang=vi&place=minsk');
  });

  it('round-trips every valid value', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
    const params = fc.record({
      pair: fc.option(id, { nil: null }),
      place: fc.option(id, { nil: null }),
      status: fc.subarray([...STATUSES]).filter((s) => s.length < STATUSES.length),
      undated: fc.boolean(),
      sort: fc.constantFrom(...SORT_KEYS),
      desc: fc.boolean(),
    });
    fc.assert(
      fc.property(params, (p) => {
        const expected = { ...p, place: p.pair === null ? p.place : null };
        const parsed = parse(write(p));
        expect(parsed.issues).toEqual([]);
        expect(parsed.value).toEqual(expected);
      }),
    );
  });
});
