import { useCallback } from 'react';
import { writeYearRange, type YearRange } from '@/lib/url/year-range';
import { useSearchUpdater, type UpdateOptions } from './use-search-updater';
import { useSharedRange, YEAR_DOMAIN } from './use-shared';

export { YEAR_DOMAIN };

/** The shared year range (read once per location, src/hooks/use-shared.tsx) and a setter for it. */
export function useYearRange() {
  const range = useSharedRange();
  const update = useSearchUpdater();
  const setRange = useCallback(
    (next: YearRange, options?: UpdateOptions) =>
      update((s) => writeYearRange(s, next, YEAR_DOMAIN), options),
    [update],
  );
  return { range, setRange, domain: YEAR_DOMAIN };
}
