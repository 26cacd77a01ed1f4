import { useTranslation } from 'react-i18next';
import { STATUSES, type PairStatus } from '../utils/partners-params';
import { StatusSwatch } from './status-swatch';

interface PartnersFiltersProps {
  /** Statuses shown; empty means all. */
  status: PairStatus[];
  showUndated: boolean;
  onStatusChange: (next: PairStatus[]) => void;
  onUndatedChange: (show: boolean) => void;
}

/** Status checkboxes and the undated toggle; the year range lives in the shared header. */
export function PartnersFilters({
  status,
  showUndated,
  onStatusChange,
  onUndatedChange,
}: PartnersFiltersProps) {
  const { t } = useTranslation('partners');
  const shown = status.length === 0 ? STATUSES : status;
  const toggle = (s: PairStatus) => {
    const next = shown.includes(s) ? shown.filter((x) => x !== s) : [...shown, s];
    onStatusChange(STATUSES.filter((x) => next.includes(x)));
  };
  return (
    <div className="partners-filters" role="group" aria-label={t('filters')}>
      <fieldset className="partners-filters__status">
        <legend>{t('statusLegend')}</legend>
        {STATUSES.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={shown.includes(s)}
              // No status at all would mean "every status" in the link: keep at least one ticked.
              disabled={shown.length === 1 && shown.includes(s)}
              onChange={() => toggle(s)}
            />
            <StatusSwatch status={s} width={28} height={10} />
            {t(`status.${s}`)}
          </label>
        ))}
      </fieldset>
      <label className="partners-filters__undated">
        <input type="checkbox" checked={showUndated} onChange={(e) => onUndatedChange(e.target.checked)} />
        {t('showUndated')}
      </label>
    </div>
  );
}
