import { replaceEqualDeep } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { useLocation } from 'react-router';
import type { ParamIssue, Parsed } from '@/lib/url/params';
import { useSearchUpdater, type UpdateOptions } from './use-search-updater';

export interface ViewParams<T> {
  /** The view's state as the link holds it. */
  params: T;
  /** What the link held that the view could not use (named in a notice). */
  issues: ParamIssue[];
  /**
   * Writes a change back to the link: the current link is parsed, the patch laid over it and the
   * whole state written, so older forms (`sort=value-desc`) come out in the one form.
   */
  update: (patch: Partial<T>, options?: UpdateOptions) => void;
}

/**
 * The one way a view reads and writes its own params: `parse` and `write` are the view's pure
 * functions (both must be stable: module functions or memoised).
 *
 * Every field whose value did not change keeps the identity it had on the previous render
 * (structural sharing, TanStack Query's `replaceEqualDeep`), so a memo keyed on `params.kinds`
 * runs again only when the kinds change, not on every year step.
 */
export function useViewParams<T extends object>(
  parse: (search: URLSearchParams) => Parsed<T>,
  write: (search: URLSearchParams, value: T) => void,
): ViewParams<T> {
  const { search } = useLocation();
  const updateSearch = useSearchUpdater();
  const last = useRef<Parsed<T> | undefined>(undefined);
  const parsed = useMemo(() => {
    const next = replaceEqualDeep(last.current, parse(new URLSearchParams(search)));
    last.current = next;
    return next;
  }, [search, parse]);
  const update = useCallback(
    (patch: Partial<T>, options?: UpdateOptions) =>
      updateSearch((s) => write(s, { ...parse(s).value, ...patch }), options),
    [updateSearch, parse, write],
  );
  return { params: parsed.value, issues: parsed.issues, update };
}
