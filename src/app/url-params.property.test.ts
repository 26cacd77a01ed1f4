/**
 * Hostile links: for every param of every route, parsing never throws and parse → serialise is
 * canonical (serialising again changes nothing, and a canonical link raises no issue).
 * 10,000 generated links in all.
 */
import fc from 'fast-check';
import { parsePartnersParams, writePartnersParams } from '@/features/partners/utils/partners-params';
import { parseTradeParams, writeTradeParams } from '@/features/trade/utils/trade-params';
import { parseVisitsParams, writeVisitsParams } from '@/features/visits/utils/visits-params';
import type { ParamIssue } from '@/lib/url/params';
import { canonicalSearch } from '@/lib/url/params';
import { parseShared } from '@/lib/url/shared-params';
import { writeYearRange } from '@/lib/url/year-range';

const DOMAIN = { min: 1957, max: 2025 };
const RUNS = 2_500;

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror=window.__xss=1>',
  'javascript:window.__xss=1',
  '%00',
  '\u0000',
  '../../etc/passwd',
  '2010..2024',
  '-1',
  '1e3',
  ' 2010 ',
  '０２０１０',
  'NaN',
  '__proto__',
  'constructor',
];

const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...PAYLOADS),
  fc.integer({ min: -10000, max: 10000 }).map(String),
  fc.constantFrom(
    'total',
    'exports',
    'log',
    'table',
    'VN,BY',
    'visit,agreement',
    'signed',
    '0',
    '1',
    'year-desc',
    '-since',
    '-value',
    'since-desc',
    'true',
    'false',
  ),
);

/** Links made of the route's own params (with valid, near-valid and hostile values) plus stray ones. */
const links = (params: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...params), fc.string()), value), { maxLength: 8 })
    .map((pairs) => {
      const s = new URLSearchParams();
      for (const [k, v] of pairs) s.append(k, v);
      return s;
    });

interface Route {
  name: string;
  params: string[];
  canonical: (s: URLSearchParams) => { search: string; issues: ParamIssue[] };
}

const shared = (s: URLSearchParams, out: URLSearchParams, issues: ParamIssue[]) => {
  // The one parse of the shared params (the language is in the path; `lang` is an old link's).
  const parsed = parseShared('/', `?${s}`, DOMAIN);
  writeYearRange(out, parsed.range, DOMAIN);
  if (parsed.embed) out.set('embed', parsed.embed === 'chart' ? 'chart' : '1');
  issues.push(...parsed.issues.filter((i) => i.param !== 'lang'));
};

/** A route's canonical link: the shared params plus the view's own, parsed and written back. */
function viewRoute<T>(
  name: string,
  own: string[],
  parse: (s: URLSearchParams) => { value: T; issues: ParamIssue[] },
  write: (s: URLSearchParams, value: T) => void,
): Route {
  return {
    name,
    params: ['from', 'to', 'lang', 'embed', ...own],
    canonical: (s) => {
      const out = new URLSearchParams();
      const issues: ParamIssue[] = [];
      shared(s, out, issues);
      const p = parse(s);
      write(out, p.value);
      return { search: canonicalSearch(out), issues: [...issues, ...p.issues] };
    },
  };
}

const routes: Route[] = [
  viewRoute(
    'overview, sources, about (shared params)',
    [],
    () => ({ value: null, issues: [] }),
    () => {},
  ),
  viewRoute(
    'trade',
    ['flow', 'scale', 'tab', 'markers', 'mirror', 'series', 'year', 'sort', 'cscale'],
    parseTradeParams,
    writeTradeParams,
  ),
  viewRoute('visits', ['kind', 'level', 'dir', 'q', 'event'], parseVisitsParams, writeVisitsParams),
  viewRoute(
    'partners',
    ['pair', 'place', 'status', 'undated', 'sort'],
    (s) => parsePartnersParams(s),
    writePartnersParams,
  ),
];

describe.each(routes)('$name link params', (route) => {
  it('never throw, and parse → serialise is canonical', () => {
    fc.assert(
      fc.property(links(route.params), (search) => {
        const first = route.canonical(search);
        const again = route.canonical(new URLSearchParams(first.search));
        expect(again.search).toBe(first.search);
        expect(again.issues).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
