import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQualified, numberFormat } from '@/lib/format';
import { localeOf, type Lang } from '@/lib/url/lang';
import { signedUsd } from '../utils/chart-format';
import type { Flow } from '../utils/trade-params';
import type { TradeSummaryFacts } from '../utils/trade-summary';

export interface TradeSummaryProps {
  facts: TradeSummaryFacts;
  flow: Flow;
  mirror: boolean;
  lang: Lang;
  /** The years the official series covers in the dataset, for when none are shown. */
  officialSpan: { from: number; to: number } | null;
}

/** Clauses joined into one sentence: "a; b." with its first letter capitalised. */
const sentence = (clauses: string[]) => {
  const text = clauses.join('; ');
  return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.`;
};

/** What the chart shows for the chosen years and flow, in words made from the data. */
export const TradeSummary = memo(function TradeSummary({
  facts,
  flow,
  mirror,
  lang,
  officialSpan,
}: TradeSummaryProps) {
  const { t } = useTranslation('trade');
  const usd = (v: number) => signedUsd(v, lang);
  // A value resting on a doubtful figure says so where it is stated.
  const value = (v: { valueUsd: number; uncertain: boolean }) =>
    v.uncertain ? t('summary.doubtful', { value: usd(v.valueUsd) }) : usd(v.valueUsd);
  const flowNoun = t(`flowNoun.${flow}`);
  // Two sentences: the levels (peak, latest year), then how far apart the sides are and the news.
  const levels: string[] = [];
  const spread: string[] = [];
  const [vnPeak, byPeak] = [
    facts.peaks.find((p) => p.side === 'VN'),
    facts.peaks.find((p) => p.side === 'BY'),
  ];
  if (flow !== 'balance' && vnPeak && byPeak) {
    levels.push(
      t('summary.peakBoth', {
        flow: flowNoun,
        vn: value(vnPeak),
        vnYear: vnPeak.year,
        by: value(byPeak),
        byYear: byPeak.year,
      }),
    );
  } else if (flow !== 'balance' && (vnPeak ?? byPeak)) {
    const p = (vnPeak ?? byPeak)!;
    levels.push(
      t('summary.peakOne', {
        flow: flowNoun,
        side: t(`summary.side.${p.side}`),
        value: value(p),
        year: p.year,
      }),
    );
  }
  // Named after the peaks, never in their place: a higher figure that is flagged doubtful.
  for (const d of facts.doubtfulAbove) {
    if (flow === 'balance') break;
    levels.push(
      t('summary.doubtfulHigher', {
        side: t(`summary.sideWho.${d.side}`),
        value: usd(d.valueUsd),
        year: d.year,
      }),
    );
  }
  if (facts.latest) {
    const vn = facts.latest.values.find((v) => v.side === 'VN');
    const by = facts.latest.values.find((v) => v.side === 'BY');
    if (vn && by) {
      levels.push(
        t('summary.latestBoth', {
          year: facts.latest.year,
          flow: flowNoun,
          vn: value(vn),
          by: value(by),
        }),
      );
    } else {
      const v = (vn ?? by)!;
      levels.push(
        t('summary.latestOne', {
          year: facts.latest.year,
          flow: flowNoun,
          side: t(`summary.sideWho.${v.side}`),
          value: value(v),
        }),
      );
    }
  } else if (officialSpan) {
    levels.push(t('summary.noOfficial', officialSpan));
  }
  if (facts.widestGap && facts.widestGap.ratio >= 1.05) {
    const g = facts.widestGap;
    spread.push(
      t('summary.gap', {
        ratio: numberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(g.ratio),
        year: g.year,
        // Which figures it compares, so the ratio can be checked.
        vn: usd(g.vn),
        by: usd(g.by),
      }),
    );
  }
  if (facts.press && !mirror) {
    const { min, max, year, count } = facts.press;
    const quoted = (v: typeof min) => formatQualified(usd(v.valueUsd), v.qualifier, lang);
    spread.push(
      count > 1 && min.valueUsd !== max.valueUsd
        ? t('summary.pressRange', {
            year,
            count,
            min: quoted(min),
            minSide: t(`summary.pressSide.${min.reporter}`),
            max: quoted(max),
            maxSide: t(`summary.pressSide.${max.reporter}`),
          })
        : t('summary.pressOne', { year, value: quoted(max), side: t(`summary.pressSide.${max.reporter}`) }),
    );
  }
  return (
    <div className="trade-summary" aria-live="polite">
      <p>
        {[levels, spread]
          .filter((c) => c.length)
          .map(sentence)
          .join(' ')}
      </p>
      {mirror && <p className="trade-note">{t('mirrorWhy')}</p>}
    </div>
  );
});
