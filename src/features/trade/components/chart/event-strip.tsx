import { memo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDatePoint } from '@/lib/format';
import { keyStep } from '@/lib/key-step';
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';
import type { ChartGeometry } from '../../utils/chart-geometry';
import { nearestTarget } from '../../utils/chart-geometry';

export interface EventStripProps {
  g: ChartGeometry;
  lang: Lang;
  href: (id: string) => string;
  /** The event under the pointer or the keyboard (its tooltip shows), or null when none is. */
  onHover: (index: number | null) => void;
  onOpen: (eventId: string) => void;
}

/**
 * Top-level visits and agreements: a thin line across the plot and a diamond on the strip under
 * the axis, each drawn as one merged path. One link sits on the active event: arrow keys move it
 * along the strip, Enter opens the event in Visits; a pointer opens the nearest one.
 */
export const EventStrip = memo(function EventStrip(props: EventStripProps) {
  const { g, onHover, onOpen } = props;
  const { t } = useTranslation('trade');
  // The event the keyboard is on: it stays when the pointer or the focus leaves.
  const [active, setActive] = useState(0);
  if (g.events.length === 0) return null;
  const current = g.events[Math.min(active, g.events.length - 1)]!;
  const onActive = (index: number) => {
    setActive(index);
    onHover(index);
  };
  const onLeave = () => onHover(null);
  const { top, height, left, width } = g.plot;
  const stripHeight = g.height - g.stripTop + 8;
  const at = (e: MouseEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
    return nearestTarget(g.events, e.clientX - box.left, e.clientY - box.top, 10);
  };
  const onKey = (e: KeyboardEvent) => {
    const next = keyStep(e.key, active, g.events.length);
    if (next === null) return;
    e.preventDefault();
    onActive(next);
  };
  return (
    <g className="trade-chart__events">
      <path className="trade-chart__event-line" d={g.eventLines} aria-hidden="true" />
      <path className="trade-chart__event-mark" d={g.eventMarks} aria-hidden="true" />
      <rect
        className="trade-chart__hit"
        x={left - 8}
        y={g.stripTop - 9}
        width={width + 16}
        height={stripHeight}
        onPointerMove={(e) => {
          const i = at(e);
          if (i >= 0) onActive(i);
          else onLeave();
        }}
        onPointerLeave={onLeave}
        onClick={(e) => {
          const i = at(e);
          if (i >= 0) onOpen(g.events[i]!.marker.event.id);
        }}
      />
      <a
        href={props.href(current.marker.event.id)}
        className="trade-chart__event"
        data-id={current.marker.event.id}
        aria-label={t('eventLabel', {
          date: formatDatePoint(current.marker.event.date, props.lang),
          title: localText(current.marker.event.title, props.lang),
        })}
        onClick={(e) => {
          e.preventDefault();
          onOpen(current.marker.event.id);
        }}
        onKeyDown={onKey}
        onFocus={() => onActive(active)}
        onBlur={onLeave}
      >
        <rect
          className="trade-chart__event-ring"
          x={current.x - 7}
          y={current.y - 7.5}
          width={14}
          height={15}
          rx={3}
        />
      </a>
      <line
        className="trade-chart__event-line is-active"
        x1={current.x}
        x2={current.x}
        y1={top}
        y2={top + height}
        aria-hidden="true"
      />
    </g>
  );
});
