import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '@/lib/format';
import { keyStep } from '@/lib/key-step';
import { localPublisher } from '@/lib/publishers';
import type { TradePoint } from '@/lib/trade-points';
import type { Lang } from '@/lib/url/lang';
import type { Source } from '@data/schema';
import { pointValueText } from '../../utils/chart-format';
import { leftmost, readingOrder, type ChartGeometry } from '../../utils/chart-geometry';

export interface FocusPointProps {
  g: ChartGeometry;
  sources: Map<string, Source>;
  lang: Lang;
  /** The focused point's year, or null when the focus leaves or Escape is pressed. */
  onHoverYear: (year: number | null) => void;
  onSelectYear?: (year: number) => void;
}

/**
 * The chart's one tab stop: a ring on one point, which arrow keys move in reading order (left to
 * right, then top to bottom) and Enter or Space marks the year of; it is announced by its value,
 * period, side and sources.
 */
export function FocusPoint({ g, sources, lang, onHoverYear, onSelectYear }: FocusPointProps) {
  const { t } = useTranslation('trade');
  const [cursorId, setCursorId] = useState<string | null>(null);
  const focusRef = useRef<SVGGElement>(null);
  // The focus layer sits on one point, kept by id across year steps. The keyboard order (a sort
  // of every target) is worked out only when an arrow key is pressed, not on every step.
  const focusIndex = () => {
    if (cursorId !== null) {
      const i = g.targets.findIndex((t) => t.point.id === cursorId);
      if (i >= 0) return i;
    }
    return leftmost(g.targets);
  };
  const pointLabel = (p: TradePoint) =>
    t('pointLabel', {
      value: pointValueText(p, lang),
      period: formatPeriod({ year: p.year, months: p.months }, lang),
      reporter: t(`reporterLong.${p.kind}.${p.reporter}`),
      source: [...new Set([...p.figures, ...p.cells].map((f) => f.sourceId))]
        .map((id) => {
          const s = sources.get(id);
          return s ? localPublisher(s, lang) : t('unknownSource');
        })
        .join(' + '),
    });
  const onKey = (e: KeyboardEvent) => {
    const order = readingOrder(g.targets);
    const at = order.indexOf(focusIndex());
    const next = keyStep(e.key, at, order.length);
    if (next !== null) {
      e.preventDefault();
      const i = order[next]!;
      setCursorId(g.targets[i]!.point.id);
      onHoverYear(g.targets[i]!.point.year);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const i = focusIndex();
      if (i >= 0) onSelectYear?.(g.targets[i]!.point.year);
    } else if (e.key === 'Escape') {
      onHoverYear(null);
    }
  };

  const focused = focusIndex();
  const target = focused >= 0 ? g.targets[focused] : undefined;
  if (!target) return null;
  return (
    <g
      ref={focusRef}
      className="trade-chart__focus"
      tabIndex={0}
      role="button"
      data-id={target.point.id}
      aria-label={pointLabel(target.point)}
      onKeyDown={onKey}
      onFocus={() => onHoverYear(target.point.year)}
      onBlur={() => onHoverYear(null)}
    >
      <circle className="trade-chart__focus-ring" cx={target.x} cy={target.y} r={9} />
    </g>
  );
}
