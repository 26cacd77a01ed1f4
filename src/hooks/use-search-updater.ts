import { useCallback, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { canonicalSearch } from '@/lib/url/params';

export interface UpdateOptions {
  /** Replace the history entry (continuous changes such as dragging); default pushes one. */
  replace?: boolean;
  /**
   * Names a burst of quick steps (arrow presses on the year slider, typing): the first change of
   * a burst pushes a history entry and the rest replace it, so one Back undoes the whole burst.
   */
  burst?: string;
}

/** The last change made as part of a burst: its name, the search it wrote, and when. */
export interface BurstMark {
  burst: string;
  search: string;
  at: number;
}

/** A burst ends after this long without a step (ms). */
export const BURST_IDLE_MS = 700;

/**
 * Whether a step of `burst` at `now`, from a page showing `search`, continues the last burst
 * (replace) rather than starting one (push). Any other change since (Back, a filter) shows
 * another search, which ends the burst.
 */
export function continuesBurst(last: BurstMark | null, burst: string, search: string, now: number): boolean {
  return last !== null && last.burst === burst && last.search === search && now - last.at < BURST_IDLE_MS;
}

/**
 * The one way to change view state: `update((s) => s.set('flow', 'exports'))`.
 * Keeps every other param, writes a canonical (sorted) search, pushes history unless told not to.
 */
export function useSearchUpdater() {
  const navigate = useNavigate();
  const location = useLocation();
  const latest = useRef(location);
  latest.current = location;
  const lastBurst = useRef<BurstMark | null>(null);
  return useCallback(
    (update: (search: URLSearchParams) => void, options: UpdateOptions = {}) => {
      const { pathname, search, hash } = latest.current;
      const next = new URLSearchParams(search);
      update(next);
      const nextSearch = canonicalSearch(next);
      const current = canonicalSearch(new URLSearchParams(search));
      if (nextSearch === current) return;
      const now = Date.now();
      let replace = options.replace ?? false;
      if (options.burst !== undefined) {
        replace ||= continuesBurst(lastBurst.current, options.burst, pathname + current, now);
        lastBurst.current = { burst: options.burst, search: pathname + nextSearch, at: now };
      }
      navigate({ pathname, search: nextSearch, hash }, { replace });
    },
    [navigate],
  );
}
