import { useTranslation } from 'react-i18next';
import type { PeriodBucket } from '../utils/filter-pairs';
import { STATUSES } from '../utils/partners-params';
import { StatusSwatch } from './status-swatch';

const periodClass = (b: PeriodBucket) => `partners-period-${b.slot === -1 ? 'undated' : b.slot}`;

/**
 * Explains the symbols (shape = kind), line styles (dash = status) and colours (period);
 * `compact` (the chart-only embed) uses the statuses' short names and sets items in rows.
 */
export function MapLegend({ buckets, compact = false }: { buckets: PeriodBucket[]; compact?: boolean }) {
  const { t } = useTranslation('partners');
  const periodLabel = (b: PeriodBucket) =>
    b.slot === -1 ? t('undated') : b.from === null ? t('until', { to: b.to }) : t('decade', { from: b.from });
  return (
    <div
      className={compact ? 'partners-legend partners-legend--compact' : 'partners-legend'}
      role="group"
      aria-label={t('legend.title')}
    >
      <div className="partners-legend__group">
        <span className="partners-legend__title">{t('legend.shapes')}</span>
        <ul>
          <li>
            <svg width="16" height="16" aria-hidden="true" className="partners-legend__symbol">
              <circle cx="8" cy="8" r="5" />
            </svg>
            {t('legend.city')}
          </li>
          <li>
            <svg width="16" height="16" aria-hidden="true" className="partners-legend__symbol">
              <rect x="3" y="3" width="10" height="10" transform="rotate(45 8 8)" />
            </svg>
            {t('legend.region')}
          </li>
        </ul>
      </div>
      <div className="partners-legend__group">
        <span className="partners-legend__title">{t('legend.lines')}</span>
        <ul>
          {STATUSES.map((s) => (
            <li key={s}>
              <StatusSwatch status={s} width={36} height={12} />
              {t(compact ? `status.${s}` : `statusLong.${s}`)}
            </li>
          ))}
        </ul>
      </div>
      {buckets.length > 0 && (
        <div className="partners-legend__group">
          <span className="partners-legend__title">{t('legend.period')}</span>
          <ul>
            {buckets.map((b) => (
              <li key={b.key}>
                <svg
                  width="36"
                  height="12"
                  aria-hidden="true"
                  className={`partners-legend__line ${periodClass(b)}`}
                >
                  <path className="partners-map__pair-line" d="M2,6H34" />
                </svg>
                {periodLabel(b)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
