import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { registerNamespace } from '@/i18n/i18n';
import { locales } from './since-year-locales';

registerNamespace('visitsSince', locales);

/** "Set the start year to 2023" beside a year's heading: narrows the shared years to start there. */
export function SinceYearButton({
  year,
  onSinceYear,
}: {
  year: number;
  onSinceYear: (year: number) => void;
}) {
  const { t } = useTranslation('visitsSince');
  const descriptionId = useId();
  return (
    <>
      <button
        type="button"
        className="link-button visits-year__since"
        aria-describedby={descriptionId}
        onClick={() => onSinceYear(year)}
      >
        {t('label', { year })}
      </button>
      <span id={descriptionId} hidden>
        {t('description', { year })}
      </span>
    </>
  );
}
