import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import meta from 'virtual:dataset-meta';
import { parseShared, type SharedParams } from '@/lib/url/shared-params';
import type { YearDomain } from '@/lib/url/year-range';

/** Every year the dataset covers; the year filter's bounds. */
export const YEAR_DOMAIN: YearDomain = { min: meta.minYear, max: meta.maxYear };

const SharedContext = createContext<SharedParams | null>(null);

function same(a: SharedParams, b: SharedParams): boolean {
  return (
    a.lang === b.lang &&
    a.path === b.path &&
    a.embed === b.embed &&
    a.range.from === b.range.from &&
    a.range.to === b.range.to &&
    JSON.stringify(a.issues) === JSON.stringify(b.issues)
  );
}

/**
 * Reads the shared params (language, years, embed) once per location and gives them to everything
 * below. The value keeps its identity while they stay the same, so a change of a view's own
 * params (a filter, the open event) re-renders nothing that reads only the shared ones.
 */
export function SharedParamsProvider({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  const last = useRef<SharedParams | null>(null);
  const value = useMemo(() => {
    const next = parseShared(pathname, search, YEAR_DOMAIN);
    return last.current && same(last.current, next) ? last.current : next;
  }, [pathname, search]);
  last.current = value;
  return <SharedContext.Provider value={value}>{children}</SharedContext.Provider>;
}

/** The shared params of the current location (src/lib/url/shared-params.ts). */
export function useShared(): SharedParams {
  const value = useContext(SharedContext);
  if (!value) throw new Error('useShared needs SharedParamsProvider (src/app/app.tsx)');
  return value;
}
