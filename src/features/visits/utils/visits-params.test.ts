import fc from 'fast-check';
import {
  DEFAULT_VISITS_PARAMS,
  EVENT_DIRECTIONS,
  EVENT_KINDS,
  EVENT_LEVELS,
  parseVisitsParams,
  writeVisitsParams,
  type VisitsParams,
} from './visits-params';

const write = (p: VisitsParams) => {
  const s = new URLSearchParams();
  writeVisitsParams(s, p);
  return s;
};

describe(parseVisitsParams.name, () => {
  it('gives the defaults for an empty search', () => {
    expect(parseVisitsParams(new URLSearchParams())).toEqual({ value: DEFAULT_VISITS_PARAMS, issues: [] });
  });

  it('reads comma sets, text and the event id', () => {
    const { value, issues } = parseVisitsParams(
      new URLSearchParams(
        'kind=talks,visit&level=head-of-government&dir=by-to-vn&q=ha%20noi&event=visit-2023-12',
      ),
    );
    expect(value).toEqual({
      kinds: ['visit', 'talks'],
      levels: ['head-of-government'],
      dirs: ['by-to-vn'],
      q: 'ha noi',
      event: 'visit-2023-12',
      order: 'newest',
    });
    expect(issues).toEqual([]);
  });

  it("reads an old link's kind=commission as the three commissions", () => {
    const { value, issues } = parseVisitsParams(new URLSearchParams('kind=visit,commission'));
    expect(value.kinds).toEqual(['visit', 'commission-igc', 'commission-military', 'commission-science']);
    expect(issues).toEqual([]);
  });

  it('opens newest first without order, oldest first with order=oldest, and names a bad order', () => {
    expect(parseVisitsParams(new URLSearchParams('')).value.order).toBe('newest');
    expect(parseVisitsParams(new URLSearchParams('order=oldest')).value.order).toBe('oldest');
    const bad = parseVisitsParams(new URLSearchParams('order=random'));
    expect(bad.value.order).toBe('newest');
    expect(bad.issues).toEqual([{ param: 'order', value: 'random', action: 'ignored' }]);
  });

  it('drops unknown members and a malformed event id, naming each', () => {
    const { value, issues } = parseVisitsParams(
      new URLSearchParams('kind=visit,party&dir=north&event=Not%20An%20Id'),
    );
    expect(value.kinds).toEqual(['visit']);
    expect(value.dirs).toEqual([]);
    expect(value.event).toBeNull();
    expect(issues.map((i) => `${i.param}=${i.value}`)).toEqual([
      'kind=party',
      'dir=north',
      'event=Not An Id',
    ]);
  });
});

describe(writeVisitsParams.name, () => {
  it('leaves defaults out of the link', () => {
    expect(write(DEFAULT_VISITS_PARAMS).toString()).toBe('');
    expect(write({ ...DEFAULT_VISITS_PARAMS, q: '   ' }).toString()).toBe('');
  });

  it('keeps params it does not own', () => {
    const s = new URLSearchParams('from=2010&lang=vi&kind=visit');
    writeVisitsParams(s, { ...DEFAULT_VISITS_PARAMS, dirs: ['by-to-vn'] });
    expect(s.get('from')).toBe('2010');
    expect(s.get('lang')).toBe('vi');
    expect(s.get('kind')).toBeNull();
    expect(s.get('dir')).toBe('by-to-vn');
  });

  it('round-trips any valid params', () => {
    const subset = <T>(all: T[]) => fc.subarray(all).map((xs) => all.filter((a) => xs.includes(a)));
    fc.assert(
      fc.property(
        fc.record({
          kinds: subset(EVENT_KINDS),
          levels: subset(EVENT_LEVELS),
          dirs: subset(EVENT_DIRECTIONS),
          q: fc.string().filter((q) => q.trim() !== ''),
          event: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), { nil: null }),
          order: fc.constantFrom('newest' as const, 'oldest' as const),
        }),
        (params) => {
          const parsed = parseVisitsParams(new URLSearchParams(write(params).toString()));
          expect(parsed.issues).toEqual([]);
          expect(parsed.value).toEqual(params);
        },
      ),
    );
  });
});
