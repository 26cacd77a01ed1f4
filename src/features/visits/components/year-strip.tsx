import { memo } from 'react';
import { useTranslation } from 'react-i18next';

interface YearStripProps {
  /** Shown events per year, oldest first (years without events are left out). */
  years: { year: number; count: number }[];
  onJump: (year: number) => void;
}

/**
 * Overview of the shown events per year, one small bar per year from the first to the last;
 * each year with events is a button that jumps to its group. Wide screens only (see CSS).
 */
export function YearStrip({ years, onJump }: YearStripProps) {
  const { t } = useTranslation('visits');
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  if (first === undefined || last === undefined) return null;
  const byYear = new Map(years.map((y) => [y.year, y.count]));
  const max = Math.max(...years.map((y) => y.count));
  const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <nav className="visits-strip" aria-label={t('strip.label')}>
      <ol className="visits-strip__bars">
        {span.map((year) => (
          <StripYear
            key={year}
            year={year}
            count={byYear.get(year) ?? 0}
            max={max}
            labelled={year === first || year === last || year % 10 === 0}
            onJump={onJump}
          />
        ))}
      </ol>
    </nav>
  );
}

interface StripYearProps {
  year: number;
  count: number;
  max: number;
  labelled: boolean;
  onJump: (year: number) => void;
}

/** One year's bar; memoised, so a year step redraws only the bars whose count or scale changed. */
const StripYear = memo(function StripYear({ year, count, max, labelled, onJump }: StripYearProps) {
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
