import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRovingFocus } from '../hooks/use-roving-focus';

interface YearStripProps {
  /** Shown events per year, oldest first (years without events are left out). */
  years: { year: number; count: number }[];
  onJump: (year: number) => void;
}

/**
 * Overview of the shown events per year, one small bar per year from the first to the last;
 * each year with events is a button that jumps to its group. One Tab stop (a toolbar): the arrow
 * keys, Home and End move between the years with events, Space and Enter jump. Wide screens only.
 */
export function YearStrip({ years, onJump }: YearStripProps) {
  const { t } = useTranslation('visits');
  const { tabbable, containerProps } = useRovingFocus(years.map((y) => String(y.year)));
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  if (first === undefined || last === undefined) return null;
  const byYear = new Map(years.map((y) => [y.year, y.count]));
  const max = Math.max(...years.map((y) => y.count));
  const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <div className="visits-strip" role="toolbar" aria-label={t('strip.label')} {...containerProps}>
      <ol className="visits-strip__bars">
        {span.map((year) => (
          <StripYear
            key={year}
            year={year}
            count={byYear.get(year) ?? 0}
            max={max}
            labelled={year === first || year === last || year % 10 === 0}
            tabbable={String(year) === tabbable}
            onJump={onJump}
          />
        ))}
      </ol>
    </div>
  );
}

interface StripYearProps {
  year: number;
  count: number;
  max: number;
  labelled: boolean;
  /** Whether this bar is the strip's one Tab stop. */
  tabbable: boolean;
  onJump: (year: number) => void;
}

/** One year's bar; memoised, so a year step redraws only the bars whose count or scale changed. */
const StripYear = memo(function StripYear({ year, count, max, labelled, tabbable, onJump }: StripYearProps) {
  const { t } = useTranslation('visits');
  const label = count > 0 ? t('strip.year', { year, count }) : '';
  return (
    <li className="visits-strip__year" aria-hidden={count === 0 || undefined}>
      {count > 0 ? (
        <button
          type="button"
          className="visits-strip__button"
          aria-label={label}
          title={label}
          tabIndex={tabbable ? 0 : -1}
          data-roving-key={year}
          onClick={() => onJump(year)}
        >
          <span className="visits-strip__bar" style={{ height: `${Math.max(12, (count / max) * 100)}%` }} />
        </button>
      ) : (
        <span className="visits-strip__gap" aria-hidden="true" />
      )}
      {labelled && (
        <span className="visits-strip__label" aria-hidden="true">
          {year}
        </span>
      )}
    </li>
  );
});
