import { useTranslation } from 'react-i18next';
import { DescribedButton } from '@/components/described-button';
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
  return (
    <DescribedButton
      className="link-button visits-year__since"
      onClick={() => onSinceYear(year)}
      description={t('description', { year })}
    >
      {t('label', { year })}
    </DescribedButton>
  );
}
