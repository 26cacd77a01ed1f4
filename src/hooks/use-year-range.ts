import { useMemo } from 'react';
import { useLocation } from 'react-router';
import meta from 'virtual:dataset-meta';
import { parseYearRange, writeYearRange, type YearDomain, type YearRange } from '@/lib/url/year-range';
import { useSearchUpdater, type UpdateOptions } from './use-search-updater';

/** Every year the dataset covers; the year filter's bounds. */
export const YEAR_DOMAIN: YearDomain = { min: meta.minYear, max: meta.maxYear };

/** The shared year range from the URL, its issues, and a setter that writes it back. */
export function useYearRange() {
  const { search } = useLocation();
  const update = useSearchUpdater();
  const parsed = useMemo(() => parseYearRange(new URLSearchParams(search), YEAR_DOMAIN), [search]);
  const setRange = (range: YearRange, options?: UpdateOptions) =>
    update((s) => writeYearRange(s, range, YEAR_DOMAIN), options);
  return { range: parsed.value, issues: parsed.issues, setRange, domain: YEAR_DOMAIN };
}
