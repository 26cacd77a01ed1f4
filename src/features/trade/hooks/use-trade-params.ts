import { useViewParams } from '@/hooks/use-view-params';
import { parseTradeParams, writeTradeParams } from '../utils/trade-params';

/** The trade view's URL state and `update`, which writes changes back (pushing history). */
export function useTradeParams() {
  return useViewParams(parseTradeParams, writeTradeParams);
}
