import * as Slider from '@radix-ui/react-slider';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useYearRange } from '@/hooks/use-year-range';
import type { YearRange } from '@/lib/url/year-range';

/**
 * The shared year filter: two slider thumbs (arrows, PageUp/PageDown, Home/End) and two typed
 * year inputs. A keyboard step or typed year pushes a history entry; a drag pushes once when it
 * starts and then replaces, so Back returns to the range before the drag.
 */
export function YearRangeFilter() {
  const { t } = useTranslation();
  const { range, setRange, domain } = useYearRange();
  const drag = useRef<'idle' | 'down' | 'moving'>('idle');

  const onSliderChange = ([from, to]: number[]) => {
    if (from === undefined || to === undefined) return;
    const next = { from, to };
    if (drag.current === 'down') {
      drag.current = 'moving';
      setRange(next);
    } else {
      setRange(next, { replace: drag.current === 'moving' });
    }
  };

  return (
    <fieldset className="year-range">
      <legend className="visually-hidden">{t('yearRange.legend')}</legend>
      <YearInput
        label={t('yearRange.start')}
        value={range.from}
        min={domain.min}
        max={range.to}
        onCommit={(from) => setRange({ ...range, from })}
      />
      <Slider.Root
        className="year-range__slider"
        min={domain.min}
        max={domain.max}
        step={1}
        minStepsBetweenThumbs={0}
        value={[range.from, range.to]}
        onPointerDown={() => (drag.current = 'down')}
        onValueChange={onSliderChange}
        onValueCommit={() => (drag.current = 'idle')}
      >
        <Slider.Track className="year-range__track">
          <Slider.Range className="year-range__range" />
        </Slider.Track>
        <Slider.Thumb className="year-range__thumb" aria-label={t('yearRange.start')} />
        <Slider.Thumb className="year-range__thumb" aria-label={t('yearRange.end')} />
      </Slider.Root>
      <YearInput
        label={t('yearRange.end')}
        value={range.to}
        min={range.from}
        max={domain.max}
        onCommit={(to) => setRange({ ...range, to })}
      />
      {(range.from !== domain.min || range.to !== domain.max) && (
        <button
          type="button"
          className="link-button"
          onClick={() => setRange({ from: domain.min, to: domain.max } satisfies YearRange)}
        >
          {t('yearRange.reset')}
        </button>
      )}
    </fieldset>
  );
}

interface YearInputProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (year: number) => void;
}

/** A typed year, applied on Enter or when focus leaves; an out-of-range year is clamped. */
function YearInput({ label, value, min, max, onCommit }: YearInputProps) {
  // The draft is the text being typed; once committed, the URL is the truth again.
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const n = Number(draft);
    setDraft(null);
    if (draft.trim() === '' || !Number.isInteger(n)) return;
    const clamped = Math.min(max, Math.max(min, n));
    if (clamped !== value) onCommit(clamped);
  };
  return (
    <input
      className="year-range__input"
      type="number"
      inputMode="numeric"
      aria-label={label}
      min={min}
      max={max}
      value={draft ?? String(value)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
