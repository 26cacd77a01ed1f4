import { useTranslation } from 'react-i18next';
import type { YearRange } from '@/lib/url/year-range';
import type { Flow } from '../utils/trade-params';

interface Props {
  flow: Flow;
  range: YearRange;
  /** The nearest years outside the range that have a figure for this flow, if any. */
  nearest: { before: number | null; after: number | null };
  setRange: (range: YearRange) => void;
}

/** No figure in the chosen years: says so, and offers to widen the range to the nearest ones. */
export function TradeEmpty({ flow, range, nearest, setRange }: Props) {
  const { t } = useTranslation('trade');
  const { before, after } = nearest;
  return (
    <div className="trade-empty" role="status">
      <p>{t('empty', { flow: t(`flowNoun.${flow}`), from: range.from, to: range.to })}</p>
      {(before !== null || after !== null) && (
        <p>
          {t('emptyTry')}{' '}
          {before !== null && (
            <button type="button" onClick={() => setRange({ from: before, to: range.to })}>
              {t('showYear', { year: before })}
            </button>
          )}{' '}
          {after !== null && (
            <button type="button" onClick={() => setRange({ from: range.from, to: after })}>
              {t('showYear', { year: after })}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
