/**
 * The trade view's own URL state. Every param is optional and left out when it equals its
 * default, so `/trade` is the default view:
 *   `/trade?flow=exports&scale=log&tab=table&markers=0&series=VN,BY&year=2022&sort=-value&cscale=linear&mirror=1`
 * Older links with `sort=value-desc` open the same table order.
 */
import { REPORTERS, type Reporter } from '@/lib/trade-points';
import {
  parseBoolParam,
  parseEnumParam,
  parseSetParam,
  parseSortParam,
  setBoolParam,
  setOrDelete,
  setSetParam,
  setSortParam,
  type ParamIssue,
  type Parsed,
  type SortDir,
  type SortParam,
} from '@/lib/url/params';

export const FLOWS = ['total', 'exports', 'imports', 'balance'] as const;
export const SCALES = ['linear', 'log'] as const;
export const TABS = ['chart', 'table'] as const;
export const SORT_KEYS = ['year', 'reporter', 'value', 'change'] as const;
export const SORT_DIRS: readonly SortDir[] = ['asc', 'desc'];

export type Flow = (typeof FLOWS)[number];
export type Scale = (typeof SCALES)[number];
export type Tab = (typeof TABS)[number];
export type SortKey = (typeof SORT_KEYS)[number];
export type { SortDir };

export type TradeSort = SortParam<SortKey>;

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

  const markers = take(parseBoolParam(search, 'markers', d.markers));
  const mirror = take(parseBoolParam(search, 'mirror', d.mirror));

  let series = take(parseSetParam(search, 'series', REPORTERS));
  // An empty or wholly unusable set would show nothing: treat it as "all".
  if (series.length === 0) series = [...d.series];

  const rawYear = search.get('year');
  let year: number | null = null;
  if (rawYear !== null && rawYear !== '') {
    if (/^\d{4}$/.test(rawYear)) year = Number(rawYear);
    else issues.push({ param: 'year', value: rawYear, action: 'ignored' });
  }

  const sort = take(parseSortParam(search, 'sort', SORT_KEYS, d.sort));

  return { value: { flow, scale, tab, markers, mirror, series, year, sort, cscale }, issues };
}

/** Writes the given params into `search` (other params untouched), leaving defaults out. */
export function writeTradeParams(search: URLSearchParams, params: Partial<TradeParams>): void {
  const d = DEFAULT_TRADE_PARAMS;
  if (params.flow !== undefined) setOrDelete(search, 'flow', params.flow, d.flow);
  if (params.scale !== undefined) setOrDelete(search, 'scale', params.scale, d.scale);
  if (params.tab !== undefined) setOrDelete(search, 'tab', params.tab, d.tab);
  if (params.markers !== undefined) setBoolParam(search, 'markers', params.markers, d.markers);
  if (params.mirror !== undefined) setBoolParam(search, 'mirror', params.mirror, d.mirror);
  if (params.series !== undefined) {
    const ordered = REPORTERS.filter((r) => params.series!.includes(r));
    setSetParam(search, 'series', ordered.length === REPORTERS.length ? [] : ordered);
  }
  if (params.year !== undefined) {
    if (params.year === null) search.delete('year');
    else search.set('year', String(params.year));
  }
  if (params.sort !== undefined) setSortParam(search, 'sort', params.sort, d.sort);
  if (params.cscale !== undefined) setOrDelete(search, 'cscale', params.cscale, d.cscale);
}
