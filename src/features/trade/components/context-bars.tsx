import type { Source } from '@data/schema';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '@/components/external-link';
import { formatPeriod } from '@/lib/format';
import type { Lang } from '@/lib/url/lang';
import { compactUsd, pointValueText } from '../utils/chart-format';
import type { ContextBar } from '../utils/trade-context';
import type { Scale } from '../utils/trade-params';
import { logTicks, linearTicks } from '../utils/scales';

export interface ContextBarsProps {
  bars: ContextBar[];
  scale: Scale;
  sources: Map<string, Source>;
  lang: Lang;
}

/**
 * Horizontal bars, one per partner and reporter, as plain HTML so labels wrap on a phone.
 * On the log scale the axis starts at the power of ten below the smallest value.
 */
export function ContextBars({ bars, scale, sources, lang }: ContextBarsProps) {
  const { t } = useTranslation('trade');
  const values = bars.map((b) => b.figure.valueUsd).filter((v) => v > 0);
  const max = Math.max(...values);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(max));
  const linear = linearTicks(0, max, 4);
  const top = Math.max(max, linear.at(-1) ?? max);
  const fraction = (v: number) =>
    scale === 'log' ? Math.max(0, (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) : v / top;
  const ticks = scale === 'log' ? logTicks(lo, hi, 4) : linear;
  return (
    <div className="trade-context">
      <ul className="trade-context__list">
        {bars.map(({ partner, figure }) => {
          const s = sources.get(figure.sourceId);
          return (
            <li key={figure.id} className={`trade-context__row trade-context__row--${partner === 'BY' ? 'by' : 'other'}`}>
              <div className="trade-context__label">
                <strong>{t(`context.partner.${partner}`)}</strong>{' '}
                <span className="muted">{t(`context.reportedBy.${figure.reporter}`)}</span>
                {figure.flags.partial && <span className="badge badge--partial">{formatPeriod(figure.period, lang)}</span>}
              </div>
              <div className="trade-context__track">
                <div
                  className={`trade-context__bar trade-context__bar--${figure.reporter}`}
                  style={{ width: `${Math.max(0.5, fraction(figure.valueUsd) * 100)}%` }}
                />
                <span className="trade-context__value" style={{ left: `${Math.max(0.5, fraction(figure.valueUsd) * 100)}%` }}>
                  {pointValueText(figure, lang)}
                </span>
              </div>
              <div className="trade-context__source">
                {s ? s.url ? <ExternalLink href={s.url}>{s.publisher}</ExternalLink> : s.publisher : t('unknownSource')}
              </div>
            </li>
          );
        })}
      </ul>
      <div className="trade-context__axis" aria-hidden="true">
        {ticks.map((v) => (
          <span key={v} style={{ left: `${fraction(v) * 100}%` }}>
            {compactUsd(v, lang)}
          </span>
        ))}
      </div>
    </div>
  );
}
