import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import meta from 'virtual:dataset-meta';
import { parseShared, type SharedParams } from '@/lib/url/shared-params';
import type { YearDomain, YearRange } from '@/lib/url/year-range';

/** Every year the dataset covers; the year filter's bounds. */
export const YEAR_DOMAIN: YearDomain = { min: meta.minYear, max: meta.maxYear };

/** The shared params but the years: they change with the language, the view or a bad link. */
export type SharedPlace = Omit<SharedParams, 'range'>;

const PlaceContext = createContext<SharedPlace | null>(null);
const RangeContext = createContext<YearRange | null>(null);

const samePlace = (a: SharedPlace, b: SharedPlace) =>
  a.lang === b.lang &&
  a.path === b.path &&
  a.embed === b.embed &&
  JSON.stringify(a.issues) === JSON.stringify(b.issues);

/** `next` where it equals `last` (so readers of the context do not re-render), else `next`. */
function useKept<T>(next: T, same: (a: T, b: T) => boolean): T {
  const last = useRef<T | null>(null);
  const kept = last.current !== null && same(last.current, next) ? last.current : next;
  last.current = kept;
  return kept;
}

/**
 * Reads the shared params (language, years, embed) once per location and gives them to everything
 * below, the years apart from the rest: each keeps its identity while it stays the same, so a year
 * step re-renders only what shows the years, and a change of a view's own params (a filter, the
 * open event) nothing that reads only the shared ones.
 */
export function SharedParamsProvider({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  const { range: nextRange, ...nextPlace } = useMemo(
    () => parseShared(pathname, search, YEAR_DOMAIN),
    [pathname, search],
  );
  const place = useKept<SharedPlace>(nextPlace, samePlace);
  const range = useKept<YearRange>(nextRange, (a, b) => a.from === b.from && a.to === b.to);
  return (
    <PlaceContext.Provider value={place}>
      <RangeContext.Provider value={range}>{children}</RangeContext.Provider>
    </PlaceContext.Provider>
  );
}

function need<T>(value: T | null): T {
  if (value === null) throw new Error('shared params need SharedParamsProvider (src/app/app.tsx)');
  return value;
}

/** The language, the view's path, the embed mode and the shared params' issues. */
export function useShared(): SharedPlace {
  return need(useContext(PlaceContext));
}

/** The shared year range (src/lib/url/year-range.ts). */
export function useSharedRange(): YearRange {
  return need(useContext(RangeContext));
}
