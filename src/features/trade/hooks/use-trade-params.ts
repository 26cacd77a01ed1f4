import { useViewParams } from '@/hooks/use-view-params';
import { parseTradeParams, writeTradeParams } from '../utils/trade-params';

/** The trade view's URL state and a setter that writes changes back (pushing history). */
export function useTradeParams() {
  const { params, issues, update } = useViewParams(parseTradeParams, writeTradeParams);
  return { params, issues, set: update };
}
