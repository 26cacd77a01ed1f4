import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFold } from '../../hooks/use-fold';
import { EVENT_LEVELS } from '../../utils/visits-params';
import { COLOUR_GROUPS, SHAPE_PATH } from './marks';

/** The date marks: a span the month or year covers, and the same dashed for an uncertain date. */
const DATE_KEYS = [
  { span: 'tl-span', label: 'timeline.spanLegend' },
  { span: 'tl-span tl-span--circa', label: 'timeline.circaLegend' },
] as const;

/**
 * Every mark the timeline draws, named: colour by kind, shape by level, and the date lines, with
 * `children` (the missing sessions) under them. On a phone it folds behind a button, so the first
 * results follow the chart closely; the embed keeps it open (`folds={false}`).
 */
export function TimelineLegend({ folds = true, children }: { folds?: boolean; children?: ReactNode }) {
  const { t } = useTranslation('visits');
  const fold = useFold();
  return (
    <div className={`tl-legend${folds && !fold.open ? ' is-folded' : ''}`}>
      {folds && (
        <button type="button" className="tl-legend__toggle" {...fold.buttonProps}>
          {t('timeline.keyToggle')}
        </button>
      )}
      <div id={fold.panelId} className="tl-legend__lists">
        <ul className="tl-legend__list" aria-label={t('timeline.legendKinds')}>
          {COLOUR_GROUPS.map((g) => (
            <li key={g.id} className={`tl-c-${g.id}`}>
              <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
                <circle className="tl-shape" r="5" />
              </svg>
              {g.kinds.map((k) => t(`kind.${k}`)).join(', ')}
            </li>
          ))}
        </ul>
        <ul className="tl-legend__list" aria-label={t('timeline.legendLevels')}>
          {EVENT_LEVELS.map((level) => (
            <li key={level} className="tl-legend__level">
              <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                <path className="tl-shape" d={SHAPE_PATH[level]} />
              </svg>
              {t(`level.${level}`)}
            </li>
          ))}
        </ul>
        <ul className="tl-legend__list" aria-label={t('timeline.legendDates')}>
          {DATE_KEYS.map(({ span, label }) => (
            <li key={label} className="tl-legend__level">
              <svg width="26" height="12" viewBox="0 -6 26 12" aria-hidden="true">
                <rect className={span} x="1" y="-1" width="24" height="2" />
                <circle className="tl-shape" cx="13" r="4" />
              </svg>
              {t(label)}
            </li>
          ))}
          <li className="tl-legend__level">
            <span className="tl-legend__more" aria-hidden="true">
              +3
            </span>
            {t('timeline.overflowLegend')}
          </li>
        </ul>
        {children}
      </div>
    </div>
  );
}
