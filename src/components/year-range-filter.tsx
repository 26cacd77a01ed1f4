import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useYearRange } from '@/hooks/use-year-range';
import { clampYear, moveRangeEnd, type YearRange } from '@/lib/url/year-range';

/** PageUp/PageDown move a thumb by a decade. */
const BIG_STEP = 10;

/** Each end's name, on its slider thumb and its typed box alike. */
const END_LABEL = { from: 'yearRange.start', to: 'yearRange.end' } as const;

/**
 * The shared year filter: two native range inputs on one track (arrows, PageUp/PageDown by ten
 * years, Home/End; the browser gives them their slider role and value) and two typed year
 * inputs. A typed year pushes a history entry; a burst of keyboard steps pushes one entry and
 * a drag pushes once when it starts and then replaces, so Back returns to the range before either.
 * A click on the track moves the nearer thumb there.
 *
 * The browser drags the thumbs, and drops a drag when the input's box changes under it: so
 * nothing around the track may change size while a drag runs ("All years" keeps its place).
 */
export function YearRangeFilter() {
  const { t } = useTranslation();
  const { range, setRange, domain } = useYearRange();
  const drag = useRef<'idle' | 'down' | 'moving'>('idle');

  useEffect(() => {
    const end = () => (drag.current = 'idle');
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
    return () => {
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
    };
  }, []);

  const move = (thumb: keyof YearRange, year: number) => {
    const next = moveRangeEnd(range, thumb, year, domain);
    if (next.from === range.from && next.to === range.to) return;
    if (drag.current === 'down') {
      drag.current = 'moving';
      setRange(next);
    } else if (drag.current === 'moving') {
      setRange(next, { replace: true });
    } else {
      setRange(next, { burst: 'years' });
    }
  };

  const onKeyDown = (thumb: keyof YearRange) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    move(thumb, range[thumb] + (e.key === 'PageUp' ? BIG_STEP : -BIG_STEP));
  };

  /** A press on the bare track (not on a thumb) moves the nearer thumb to that year. */
  const onTrackPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const box = e.currentTarget.firstElementChild!.getBoundingClientRect();
    if (box.width === 0) return;
    const year = Math.round(domain.min + ((e.clientX - box.left) / box.width) * (domain.max - domain.min));
    move(Math.abs(year - range.from) <= Math.abs(year - range.to) ? 'from' : 'to', year);
  };

  const span = domain.max - domain.min;
  const pct = (year: number) => `${((year - domain.min) / span) * 100}%`;
  // Two thumbs on one year: the one that can still move away is on top.
  const startOnTop = range.from === range.to && range.from > domain.min + span / 2;
  // Each end's box keeps it on its side of the other end.
  const yearInput = (end: keyof YearRange) => (
    <YearInput
      label={t(END_LABEL[end])}
      value={range[end]}
      min={end === 'from' ? domain.min : range.from}
      max={end === 'from' ? range.to : domain.max}
      onCommit={(year) => setRange(moveRangeEnd(range, end, year, domain))}
    />
  );

  return (
    <fieldset className="year-range">
      <legend className="visually-hidden">{t('yearRange.legend')}</legend>
      {yearInput('from')}
      <div className="year-range__slider" onPointerDown={onTrackPointerDown}>
        <div className="year-range__track" aria-hidden="true">
          <div
            className="year-range__range"
            style={{ left: pct(range.from), right: `calc(100% - ${pct(range.to)})` }}
          />
        </div>
        {(['from', 'to'] as const).map((thumb) => (
          <input
            key={thumb}
            type="range"
            className={`year-range__thumb${thumb === 'from' && startOnTop ? ' year-range__thumb--top' : ''}`}
            aria-label={t(END_LABEL[thumb])}
            min={domain.min}
            max={domain.max}
            step={1}
            value={range[thumb]}
            onPointerDown={() => (drag.current = 'down')}
            onChange={(e) => move(thumb, Number(e.target.value))}
            onKeyDown={onKeyDown(thumb)}
          />
        ))}
      </div>
      {yearInput('to')}
      {/* Laid out even while hidden, so the track keeps its size when it appears. */}
      <button
        type="button"
        className={`link-button${range.from === domain.min && range.to === domain.max ? ' year-range__reset--idle' : ''}`}
        onClick={() => setRange({ from: domain.min, to: domain.max } satisfies YearRange)}
      >
        {t('yearRange.reset')}
      </button>
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
    const clamped = clampYear(n, { min, max });
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
