import { memo, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { yearInRange } from '@/lib/url/year-range';
import { useRovingFocus } from '../hooks/use-roving-focus';

interface YearStripProps {
  /** Events per year under the filters but the years, every year of `domain`. */
  counts: ReadonlyMap<number, number>;
  domain: { min: number; max: number };
  range: { from: number; to: number };
  onJump: (year: number) => void;
  /** A brush over the strip chose these years: one history entry per gesture. */
  onBrush: (from: number, to: number) => void;
}

/**
 * The overview: events per year over every year, the chosen years bright. Drag across it to
 * choose years (the same `from`/`to` as the slider); each year with events in the chosen years is
 * a button that jumps to its group in the list. One Tab stop (a toolbar): the arrow keys, Home and
 * End move between those years; the keyboard's way to choose years is the slider above.
 */
export function YearStrip({ counts, domain, range, onJump, onBrush }: YearStripProps) {
  const { t } = useTranslation('visits');
  const span = Array.from({ length: domain.max - domain.min + 1 }, (_, i) => domain.min + i);
  const jumpable = span.filter((y) => yearInRange(y, range) && (counts.get(y) ?? 0) > 0);
  const { tabbable, containerProps } = useRovingFocus(jumpable.map(String));
  const max = Math.max(1, ...counts.values());
  const list = useRef<HTMLOListElement>(null);
  // The years under a drag, while it lasts; a drag that ends on the year it began is a click.
  const [brush, setBrush] = useState<{ start: number; end: number } | null>(null);
  const dragged = useRef(false);

  const yearAt = (clientX: number) => {
    const box = list.current!.getBoundingClientRect();
    const i = Math.floor(((clientX - box.left) / box.width) * span.length);
    return domain.min + Math.max(0, Math.min(span.length - 1, i));
  };
  const onPointerDown = (e: PointerEvent<HTMLOListElement>) => {
    if (e.button !== 0) return;
    const year = yearAt(e.clientX);
    dragged.current = false;
    setBrush({ start: year, end: year });
  };
  const onPointerMove = (e: PointerEvent<HTMLOListElement>) => {
    if (!brush) return;
    const end = yearAt(e.clientX);
    if (end === brush.end) return;
    // Captured once it is a drag, not before: a click must still reach its year's button.
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setBrush({ ...brush, end });
  };
  const onPointerUp = () => {
    if (!brush) return;
    setBrush(null);
    if (brush.start === brush.end) return;
    dragged.current = true;
    onBrush(Math.min(brush.start, brush.end), Math.max(brush.start, brush.end));
  };
  const lo = brush ? Math.min(brush.start, brush.end) : range.from;
  const hi = brush ? Math.max(brush.start, brush.end) : range.to;

  return (
    <div
      className={`visits-strip${brush ? ' is-brushing' : ''}`}
      role="toolbar"
      aria-label={t('strip.label')}
      {...containerProps}
    >
      <ol
        ref={list}
        className="visits-strip__bars"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setBrush(null)}
        // The click that ends a drag is not a jump.
        onClickCapture={(e) => {
          if (dragged.current) {
            e.stopPropagation();
            dragged.current = false;
          }
        }}
      >
        {span.map((year) => (
          <StripYear
            key={year}
            year={year}
            count={counts.get(year) ?? 0}
            max={max}
            inRange={year >= lo && year <= hi}
            button={yearInRange(year, range)}
            labelled={
              year === domain.min ||
              year === domain.max ||
              (year % 10 === 0 && year - domain.min >= 8 && domain.max - year >= 8)
            }
            tabbable={String(year) === tabbable}
            onJump={onJump}
          />
        ))}
      </ol>
      <p className="visits-strip__hint">{t('strip.hint')}</p>
    </div>
  );
}

interface StripYearProps {
  year: number;
  count: number;
  max: number;
  /** Within the chosen years (or the years being brushed). */
  inRange: boolean;
  /** A jump button when it has events in the chosen years. */
  button: boolean;
  labelled: boolean;
  /** Whether this bar is the strip's one Tab stop. */
  tabbable: boolean;
  onJump: (year: number) => void;
}

/** One year's bar; memoised, so a year step redraws only the bars whose state changed. */
const StripYear = memo(function StripYear(props: StripYearProps) {
  const { year, count, max, inRange, button, labelled, tabbable, onJump } = props;
  const { t } = useTranslation('visits');
  const bar = count > 0 && (
    <span className="visits-strip__bar" style={{ height: `${Math.max(12, (count / max) * 100)}%` }} />
  );
  const label = t('strip.year', { year, count });
  return (
    <li
      className={`visits-strip__year${inRange ? '' : ' is-out'}`}
      aria-hidden={!(button && count > 0) || undefined}
    >
      {button && count > 0 ? (
        <button
          type="button"
          className="visits-strip__button"
          aria-label={label}
          title={label}
          tabIndex={tabbable ? 0 : -1}
          data-roving-key={year}
          onClick={() => onJump(year)}
        >
          {bar}
        </button>
      ) : (
        <span className="visits-strip__gap">{bar}</span>
      )}
      {labelled && (
        <span className="visits-strip__label" aria-hidden="true">
          {year}
        </span>
      )}
    </li>
  );
});
