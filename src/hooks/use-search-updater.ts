import { useCallback, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { canonicalSearch } from '@/lib/url/params';

export interface UpdateOptions {
  /** Replace the history entry (continuous changes such as dragging); default pushes one. */
  replace?: boolean;
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
  return useCallback(
    (update: (search: URLSearchParams) => void, options: UpdateOptions = {}) => {
      const { pathname, search, hash } = latest.current;
      const next = new URLSearchParams(search);
      update(next);
      const nextSearch = canonicalSearch(next);
      if (nextSearch === canonicalSearch(new URLSearchParams(search))) return;
      navigate({ pathname, search: nextSearch, hash }, { replace: options.replace ?? false });
    },
    [navigate],
  );
}
