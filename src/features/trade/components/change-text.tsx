import { useTranslation } from 'react-i18next';
import { registerNamespace } from '@/i18n/i18n';
import type { Lang } from '@/lib/url/lang';
import { skippedYears } from '../utils/change-gap';
import { signedPercent } from '../utils/chart-format';
import type { Change } from '../utils/trade-series';
import { locales } from './change-text-locales';
import './change-text.css';

registerNamespace('tradeChange', locales);

/**
 * "+12% vs 2021", and where the base year is further back, the years without a figure after it:
 * "+12% vs 2019 (no figures for 2020–2021)".
 */
export function ChangeText({ change, year, lang }: { change: Change; year: number; lang: Lang }) {
  const { t } = useTranslation('trade');
  const { t: tc } = useTranslation('tradeChange');
  const gap = skippedYears(year, change.vsYear);
  return (
    <>
      {t('change', { pct: signedPercent(change.ratio, lang), year: change.vsYear })}
      {gap && (
        <span className="trade-change__gap">
          {' '}
          {gap.from === gap.to
            ? tc('gapYear', { year: gap.from })
            : tc('gapYears', { from: gap.from, to: gap.to })}
        </span>
      )}
    </>
  );
}
