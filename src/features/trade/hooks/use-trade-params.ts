import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { useSearchUpdater } from '@/hooks/use-search-updater';
import { parseTradeParams, writeTradeParams, type TradeParams } from '../utils/trade-params';

/** The trade view's URL state and a setter that writes changes back (pushing history). */
export function useTradeParams() {
  const { search } = useLocation();
  const update = useSearchUpdater();
  const parsed = useMemo(() => parseTradeParams(new URLSearchParams(search)), [search]);
  const set = (change: Partial<TradeParams>) => update((s) => writeTradeParams(s, change));
  return { params: parsed.value, issues: parsed.issues, set };
}
