import type { EventDirection, EventKind, EventLevel } from '@data/schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCounts } from '../utils/filter-events';
import { EVENT_DIRECTIONS, EVENT_KINDS, EVENT_LEVELS, type VisitsParams } from '../utils/visits-params';
import { SearchBox } from './search-box';

interface VisitsFiltersProps {
  params: VisitsParams;
  counts: FacetCounts;
  onToggle: (facet: 'kinds' | 'levels' | 'dirs', value: string) => void;
  onSearch: (q: string) => void;
  onClear: () => void;
  canClear: boolean;
}

/** Kind, level and direction as toggle buttons (several at once), the text search, Clear. */
export function VisitsFilters({ params, counts, onToggle, onSearch, onClear, canClear }: VisitsFiltersProps) {
  const { t } = useTranslation('visits');
  const panelId = useId();
  // Whether the panel is unfolded on narrow screens (always shown on wide ones): momentary UI.
  const [unfolded, setUnfolded] = useState(false);
  const active = params.kinds.length + params.levels.length + params.dirs.length + (params.q.trim() ? 1 : 0);
  return (
    <div className="visits-filters" role="group" aria-label={t('filters.label')}>
      <button
        type="button"
        className="visits-filters__disclosure"
        aria-expanded={unfolded}
        aria-controls={panelId}
        onClick={() => setUnfolded((u) => !u)}
      >
        {t('filters.disclosure', { count: active })}
      </button>
      <div id={panelId} className={unfolded ? 'visits-filters__panel' : 'visits-filters__panel is-folded'}>
        <SearchBox value={params.q} onChange={onSearch} />
        <ToggleGroup
          legend={t('filters.dir')}
          all={EVENT_DIRECTIONS}
          counts={counts.dir}
          selected={params.dirs}
          label={(d: EventDirection) => t(`dir.${d}`)}
          onToggle={(v) => onToggle('dirs', v)}
          className="visits-filters__dir"
        />
        <ToggleGroup
          legend={t('filters.level')}
          all={EVENT_LEVELS}
          counts={counts.level}
          selected={params.levels}
          label={(l: EventLevel) => t(`level.${l}`)}
          onToggle={(v) => onToggle('levels', v)}
        />
        <ToggleGroup
          legend={t('filters.kind')}
          all={EVENT_KINDS}
          counts={counts.kind}
          selected={params.kinds}
          label={(k: EventKind) => t(`kind.${k}`)}
          onToggle={(v) => onToggle('kinds', v)}
        />
        <button type="button" className="visits-filters__clear" onClick={onClear} disabled={!canClear}>
          {t('filters.clear')}
        </button>
      </div>
    </div>
  );
}

function ToggleGroup<T extends string>({
  legend,
  all,
  counts,
  selected,
  label,
  onToggle,
  className,
}: {
  legend: string;
  all: readonly T[];
  counts: Map<T, number>;
  selected: readonly T[];
  label: (v: T) => string;
  onToggle: (v: T) => void;
  className?: string;
}) {
  const { t } = useTranslation('visits');
  // Only options found in the data, plus any the link selected (so it can be switched off).
  const options = all.filter((v) => counts.has(v) || selected.includes(v));
  if (options.length === 0) return null;
  return (
    <fieldset className={className ? `visits-toggles ${className}` : 'visits-toggles'}>
      <legend>{legend}</legend>
      <div className="visits-toggles__list">
        {options.map((v) => {
          const count = counts.get(v) ?? 0;
          return (
            <button
              key={v}
              type="button"
              className={count === 0 ? 'visits-toggle visits-toggle--empty' : 'visits-toggle'}
              aria-pressed={selected.includes(v)}
              onClick={() => onToggle(v)}
            >
              {selected.includes(v) && (
                <span className="visits-toggle__check" aria-hidden="true">
                  ✓{' '}
                </span>
              )}
              {t('filters.option', { label: label(v), count })}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
