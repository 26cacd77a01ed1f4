import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStableCallback } from '@/hooks/use-stable-callback';
import { useFold } from '../hooks/use-fold';
import { useRovingFocus } from '../hooks/use-roving-focus';
import type { FacetCounts } from '../utils/filter-events';
import { EVENT_DIRECTIONS, EVENT_KINDS, EVENT_LEVELS, type VisitsParams } from '../utils/visits-params';
import { SearchBox } from './search-box';

type Facet = keyof FacetCounts;
type FacetParam = 'kinds' | 'levels' | 'dirs';

/** The toggle groups, in the order shown: each facet's values and the URL parameter it sets. */
const FACETS: { facet: Facet; param: FacetParam; all: readonly string[]; className?: string }[] = [
  { facet: 'dir', param: 'dirs', all: EVENT_DIRECTIONS, className: 'visits-filters__dir' },
  { facet: 'level', param: 'levels', all: EVENT_LEVELS },
  { facet: 'kind', param: 'kinds', all: EVENT_KINDS },
];

interface VisitsFiltersProps {
  params: VisitsParams;
  counts: FacetCounts;
  onToggle: (param: FacetParam, value: string) => void;
  onSearch: (q: string) => void;
  onClear: () => void;
  canClear: boolean;
}

/**
 * The text search, then kind, level and direction as toggle buttons (several at once) and Clear.
 * The search stays in sight on every screen; on narrow ones the toggles fold behind a button that
 * starts closed, so the count and the first results sit right below the search.
 */
export function VisitsFilters({ params, counts, onToggle, onSearch, onClear, canClear }: VisitsFiltersProps) {
  const { t } = useTranslation('visits');
  // Folds on narrow screens only (always shown on wide ones).
  const fold = useFold();
  // The search is always in sight, so the button counts only what it hides.
  const active = params.kinds.length + params.levels.length + params.dirs.length;
  return (
    <div className="visits-filters" role="group" aria-label={t('filters.label')}>
      <SearchBox
        value={params.q}
        onChange={onSearch}
        action={
          <button type="button" className="visits-filters__disclosure" {...fold.buttonProps}>
            {t('filters.disclosure', { count: active })}
          </button>
        }
      />
      <div
        id={fold.panelId}
        className={fold.open ? 'visits-filters__panel' : 'visits-filters__panel is-folded'}
      >
        {FACETS.map(({ facet, param, all, className }) => (
          <ToggleGroup
            key={facet}
            legend={t(`filters.${facet}`)}
            all={all}
            counts={counts[facet]}
            selected={params[param]}
            labelPrefix={facet}
            onToggle={(v) => onToggle(param, v)}
            className={className}
          />
        ))}
        <button type="button" className="visits-filters__clear" onClick={onClear} disabled={!canClear}>
          {t('filters.clear')}
        </button>
      </div>
    </div>
  );
}

/**
 * One facet as a toolbar: a single Tab stop, the arrow keys, Home and End move between its
 * options, Space and Enter toggle one. Each option keeps its name and pressed state.
 */
function ToggleGroup({
  legend,
  all,
  counts,
  selected,
  labelPrefix,
  onToggle,
  className,
}: {
  legend: string;
  all: readonly string[];
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  /** Each option's label is the string `${labelPrefix}.${option}`. */
  labelPrefix: Facet;
  onToggle: (v: string) => void;
  className?: string;
}) {
  const legendId = useId();
  const toggle = useStableCallback(onToggle);
  // Only options found in the data, plus any the link selected (so it can be switched off).
  const options = all.filter((v) => counts.has(v) || selected.includes(v));
  const { tabbable, containerProps } = useRovingFocus(options);
  if (options.length === 0) return null;
  return (
    <div
      className={className ? `visits-toggles ${className}` : 'visits-toggles'}
      role="toolbar"
      aria-labelledby={legendId}
      {...containerProps}
    >
      <span id={legendId} className="visits-toggles__legend">
        {legend}
      </span>
      <div className="visits-toggles__list">
        {options.map((v) => (
          <ToggleChip
            key={v}
            value={v}
            labelKey={`${labelPrefix}.${v}`}
            count={counts.get(v) ?? 0}
            pressed={selected.includes(v)}
            tabbable={v === tabbable}
            onToggle={toggle}
          />
        ))}
      </div>
    </div>
  );
}

interface ToggleChipProps {
  value: string;
  labelKey: string;
  count: number;
  pressed: boolean;
  /** Whether this chip is its group's one Tab stop. */
  tabbable: boolean;
  onToggle: (v: string) => void;
}

/** One filter option with its count; memoised, so a year step redraws only the counts that moved. */
const ToggleChip = memo(function ToggleChip({
  value,
  labelKey,
  count,
  pressed,
  tabbable,
  onToggle,
}: ToggleChipProps) {
  const { t } = useTranslation('visits');
  return (
    <button
      type="button"
      className={count === 0 ? 'visits-toggle visits-toggle--empty' : 'visits-toggle'}
      aria-pressed={pressed}
      tabIndex={tabbable ? 0 : -1}
      data-roving-key={value}
      onClick={() => onToggle(value)}
    >
      {pressed && (
        <span className="visits-toggle__check" aria-hidden="true">
          ✓{' '}
        </span>
      )}
      {t('filters.option', { label: t(labelKey), count })}
    </button>
  );
});
