/**
 * The trade view's own URL state. Every param is optional and left out when it equals its
 * default, so `/trade` is the default view:
 *   `/trade?flow=exports&scale=log&tab=table&markers=0&series=VN,BY&year=2022&sort=value-desc&cscale=linear&mirror=1`
 */
import {
  parseEnumParam,
  parseSetParam,
  setOrDelete,
  setSetParam,
  type ParamIssue,
  type Parsed,
} from '@/lib/url/params';

export const FLOWS = ['total', 'exports', 'imports', 'balance'] as const;
export const SCALES = ['linear', 'log'] as const;
export const TABS = ['chart', 'table'] as const;
export const REPORTERS = ['VN', 'BY', 'other'] as const;
export const SORT_KEYS = ['year', 'reporter', 'value', 'change'] as const;
export const SORT_DIRS = ['asc', 'desc'] as const;

export type Flow = (typeof FLOWS)[number];
export type Scale = (typeof SCALES)[number];
export type Tab = (typeof TABS)[number];
export type Reporter = (typeof REPORTERS)[number];
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = (typeof SORT_DIRS)[number];

export interface TradeSort {
  key: SortKey;
  dir: SortDir;
}

/** The view's state as the URL holds it. */
export interface TradeParams {
  flow: Flow;
  scale: Scale;
  tab: Tab;
  markers: boolean;
  /** The mirror view: the official lines only, with the gap between the two sides shaded. */
  mirror: boolean;
  /** Reporters shown, in the order of REPORTERS; never empty. */
  series: Reporter[];
  /** A year to highlight, or null. */
  year: number | null;
  sort: TradeSort;
  /** Scale of the comparison with other partners (values span 100×, so log by default). */
  cscale: Scale;
}

export const DEFAULT_TRADE_PARAMS: TradeParams = {
  flow: 'total',
  scale: 'linear',
  tab: 'chart',
  markers: true,
  mirror: false,
  series: [...REPORTERS],
  year: null,
  sort: { key: 'year', dir: 'asc' },
  cscale: 'log',
};

const sortText = (s: TradeSort) => `${s.key}-${s.dir}`;

/** Reads the trade params; unusable values fall back to the default and are named as issues. */
export function parseTradeParams(search: URLSearchParams): Parsed<TradeParams> {
  const d = DEFAULT_TRADE_PARAMS;
  const issues: ParamIssue[] = [];
  const take = <T>(p: Parsed<T>) => {
    issues.push(...p.issues);
    return p.value;
  };
  const flow = take(parseEnumParam(search, 'flow', FLOWS, d.flow));
  const scale = take(parseEnumParam(search, 'scale', SCALES, d.scale));
  const tab = take(parseEnumParam(search, 'tab', TABS, d.tab));
  const cscale = take(parseEnumParam(search, 'cscale', SCALES, d.cscale));

  const flag = (name: 'markers' | 'mirror', fallback: boolean) => {
    const raw = search.get(name);
    if (raw === '0') return false;
    if (raw === '1') return true;
    if (raw !== null && raw !== '') issues.push({ param: name, value: raw, action: 'ignored' });
    return fallback;
  };
  const markers = flag('markers', d.markers);
  const mirror = flag('mirror', d.mirror);

  let series = take(parseSetParam(search, 'series', REPORTERS));
  // An empty or wholly unusable set would show nothing: treat it as "all".
  if (series.length === 0) series = [...d.series];

  const rawYear = search.get('year');
  let year: number | null = null;
  if (rawYear !== null && rawYear !== '') {
    if (/^\d{4}$/.test(rawYear)) year = Number(rawYear);
    else issues.push({ param: 'year', value: rawYear, action: 'ignored' });
  }

  const rawSort = search.get('sort');
  let sort = d.sort;
  if (rawSort !== null && rawSort !== '') {
    const [key, dir] = rawSort.split('-');
    if (
      (SORT_KEYS as readonly string[]).includes(key ?? '') &&
      (SORT_DIRS as readonly string[]).includes(dir ?? '')
    ) {
      sort = { key: key as SortKey, dir: dir as SortDir };
    } else {
      issues.push({ param: 'sort', value: rawSort, action: 'ignored' });
    }
  }

  return { value: { flow, scale, tab, markers, mirror, series, year, sort, cscale }, issues };
}

/** Writes the given params into `search` (other params untouched), leaving defaults out. */
export function writeTradeParams(search: URLSearchParams, params: Partial<TradeParams>): void {
  const d = DEFAULT_TRADE_PARAMS;
  if (params.flow !== undefined) setOrDelete(search, 'flow', params.flow, d.flow);
  if (params.scale !== undefined) setOrDelete(search, 'scale', params.scale, d.scale);
  if (params.tab !== undefined) setOrDelete(search, 'tab', params.tab, d.tab);
  if (params.markers !== undefined) setOrDelete(search, 'markers', params.markers ? '1' : '0', '1');
  if (params.mirror !== undefined) setOrDelete(search, 'mirror', params.mirror ? '1' : '0', '0');
  if (params.series !== undefined) {
    const ordered = REPORTERS.filter((r) => params.series!.includes(r));
    setSetParam(search, 'series', ordered.length === REPORTERS.length ? [] : ordered);
  }
  if (params.year !== undefined) {
    if (params.year === null) search.delete('year');
    else search.set('year', String(params.year));
  }
  if (params.sort !== undefined) setOrDelete(search, 'sort', sortText(params.sort), sortText(d.sort));
  if (params.cscale !== undefined) setOrDelete(search, 'cscale', params.cscale, d.cscale);
}
