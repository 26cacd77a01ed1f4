import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useStableCallback } from '@/hooks/use-stable-callback';
import { useViewParams } from '@/hooks/use-view-params';
import { useYearRange } from '@/hooks/use-year-range';
import type { Dataset } from '@/lib/api/dataset';
import { byId } from '@/lib/by-id';
import { sinceYear } from '@/lib/partnerships';
import type { Place } from '@data/schema';
import { filterPairs, pairIndex, periodBuckets } from '../utils/filter-pairs';
import { parsePartnersParams, writePartnersParams } from '../utils/partners-params';
import { highlightOf, pairCounts, type Focus } from '../utils/selection';

export type PartnersData = Pick<Dataset, 'places' | 'partnerships' | 'sources'>;

/**
 * The Partners view's state, derived from the URL (filters, selection) and the years, shared by
 * the full view and the chart-only embed: the pairs shown, what the map draws and highlights,
 * and how to select. Escape clears a selection.
 */
export function usePartnersState(data: PartnersData) {
  const { range } = useYearRange();
  // Hover and keyboard focus are passing states, not something to share: kept out of the URL.
  const [hover, setHover] = useState<Focus | null>(null);

  const places = useMemo(() => byId(data.places), [data.places]);
  const sources = useMemo(() => byId(data.sources), [data.sources]);
  const known = useMemo(
    () => ({
      pairs: new Set(data.partnerships.map((p) => p.id)),
      places: new Set(data.places.map((p) => p.id)),
    }),
    [data],
  );
  const parse = useCallback((search: URLSearchParams) => parsePartnersParams(search, known), [known]);
  const { params, issues, update } = useViewParams(parse, writePartnersParams);

  // Indexed once per data: every year step filters the index's typed columns.
  const pairs = useMemo(() => pairIndex(data.partnerships), [data.partnerships]);
  const visible = useMemo(
    () => filterPairs(pairs, { to: range.to, status: params.status, showUndated: params.undated }),
    [pairs, range.to, params.status, params.undated],
  );
  const buckets = useMemo(() => periodBuckets(data.partnerships.map(sinceYear)), [data.partnerships]);
  const counts = useMemo(() => pairCounts(visible), [visible]);

  const selected = useMemo<Focus | null>(
    () =>
      params.pair
        ? { kind: 'pair', id: params.pair }
        : params.place
          ? { kind: 'place', id: params.place }
          : null,
    [params.pair, params.place],
  );
  const highlight = useMemo(() => highlightOf(hover ?? selected, visible), [hover, selected, visible]);

  const mapPlaces = useMemo(() => {
    const ids = new Set([...counts.keys(), ...(params.place ? [params.place] : [])]);
    return [...ids]
      .map((id) => places.get(id))
      .filter((p): p is Place => !!p && (p.country === 'VN' || p.country === 'BY'));
  }, [counts, params.place, places]);

  const select = (focus: Focus) => {
    const same = selected?.kind === focus.kind && selected.id === focus.id;
    update(
      same
        ? { pair: null, place: null }
        : { pair: focus.kind === 'pair' ? focus.id : null, place: focus.kind === 'place' ? focus.id : null },
    );
  };
  const clear = () => update({ pair: null, place: null });

  // Listening before the first paint, and from the first render rather than the first selection:
  // an effect runs after the paint, and could miss an Escape pressed as the details appear (seen
  // after a reload of a pair link).
  const onEscape = useStableCallback(() => {
    if (selected) update({ pair: null, place: null });
  });
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A dialog's own Escape (Embed, Cite) is marked handled: it closes the dialog, not the selection.
      if (e.key === 'Escape' && !e.defaultPrevented) onEscape();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onEscape]);

  return {
    range,
    params,
    issues,
    update,
    places,
    sources,
    pairs,
    visible,
    buckets,
    selected,
    select,
    clear,
    /** What the map draws and how it selects: the same in the full view and the embed. */
    map: {
      places: mapPlaces,
      pairs: visible,
      counts,
      buckets,
      highlight,
      selected,
      onSelect: select,
      onHover: setHover,
    },
  };
}
