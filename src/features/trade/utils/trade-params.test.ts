import fc from 'fast-check';
import { REPORTERS } from '@/lib/trade-points';
import {
  DEFAULT_TRADE_PARAMS,
  FLOWS,
  SCALES,
  SORT_DIRS,
  SORT_KEYS,
  TABS,
  parseTradeParams,
  writeTradeParams,
  type TradeParams,
} from './trade-params';

const parse = (s: string) => parseTradeParams(new URLSearchParams(s));
const write = (p: Partial<TradeParams>, base = '') => {
  const s = new URLSearchParams(base);
  writeTradeParams(s, p);
  return s.toString();
};

describe(parseTradeParams.name, () => {
  it('gives the defaults for an empty search', () => {
    expect(parse('')).toEqual({ value: DEFAULT_TRADE_PARAMS, issues: [] });
  });

  it('reads every param', () => {
    expect(
      parse(
        'flow=balance&scale=log&tab=table&markers=0&mirror=1&series=BY,VN&year=2022&sort=-value&cscale=linear',
      ).value,
    ).toEqual({
      flow: 'balance',
      scale: 'log',
      tab: 'table',
      markers: false,
      mirror: true,
      series: ['VN', 'BY'],
      year: 2022,
      sort: { key: 'value', dir: 'desc' },
      cscale: 'linear',
    });
  });

  it('names each unusable value and uses the default for it', () => {
    const { value, issues } = parse(
      'flow=gdp&scale=loud&markers=maybe&mirror=yes&year=22&sort=colour-up&series=XX',
    );
    expect(value).toEqual(DEFAULT_TRADE_PARAMS);
    expect(issues.map((i) => `${i.param}=${i.value}`)).toEqual([
      'flow=gdp',
      'scale=loud',
      'markers=maybe',
      'mirror=yes',
      'series=XX',
      'year=22',
      'sort=colour-up',
    ]);
  });

  it('opens links in the older forms (sort=value-desc, mirror=true) the same, without a notice', () => {
    expect(parse('sort=value-desc&mirror=true&markers=false')).toEqual({
      value: { ...DEFAULT_TRADE_PARAMS, sort: { key: 'value', dir: 'desc' }, mirror: true, markers: false },
      issues: [],
    });
    expect(parse('sort=year-asc')).toEqual({ value: DEFAULT_TRADE_PARAMS, issues: [] });
  });

  it('keeps the usable members of a series set', () => {
    const { value, issues } = parse('series=BY,XX');
    expect(value.series).toEqual(['BY']);
    expect(issues).toEqual([{ param: 'series', value: 'XX', action: 'ignored' }]);
  });
});

describe(writeTradeParams.name, () => {
  it('leaves defaults out of the link', () => {
    expect(write(DEFAULT_TRADE_PARAMS)).toBe('');
    expect(write({ series: ['other', 'BY', 'VN'] }, 'series=VN')).toBe('');
    expect(write({ year: null }, 'year=2022')).toBe('');
  });

  it('keeps params it does not own', () => {
    expect(write({ flow: 'exports' }, 'from=2010&lang=vi')).toBe('from=2010&lang=vi&flow=exports');
  });

  it('writes markers off as 0 and a descending sort as -column', () => {
    expect(write({ markers: false, sort: { key: 'change', dir: 'desc' } })).toBe('markers=0&sort=-change');
    expect(write({ sort: { key: 'value', dir: 'asc' } })).toBe('sort=value');
  });

  it('rewrites an older sort in the one form', () => {
    expect(write(parse('sort=value-desc').value, 'sort=value-desc')).toBe('sort=-value');
  });

  it('round-trips any state', () => {
    const state = fc.record({
      flow: fc.constantFrom(...FLOWS),
      scale: fc.constantFrom(...SCALES),
      tab: fc.constantFrom(...TABS),
      markers: fc.boolean(),
      mirror: fc.boolean(),
      series: fc.subarray([...REPORTERS], { minLength: 1 }),
      year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
      sort: fc.record({ key: fc.constantFrom(...SORT_KEYS), dir: fc.constantFrom(...SORT_DIRS) }),
      cscale: fc.constantFrom(...SCALES),
    });
    fc.assert(
      fc.property(state, (p) => {
        expect(parse(write(p))).toEqual({ value: p, issues: [] });
      }),
    );
  });
});
