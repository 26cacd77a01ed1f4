import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { keyStep } from '@/lib/key-step';
import type { ChartGeometry } from '../../utils/chart-geometry';
import { nearestTarget } from '../../utils/chart-geometry';

export interface EventStripProps {
  g: ChartGeometry;
  /** Index of the event the keyboard is on. */
  active: number;
  href: (id: string) => string;
  label: string;
  onActive: (index: number, show: boolean) => void;
  onLeave: () => void;
  onOpen: (eventId: string) => void;
}

/**
 * Top-level visits and agreements: a thin line across the plot and a diamond on the strip under
 * the axis, each drawn as one merged path. One link sits on the active event: arrow keys move it
 * along the strip, Enter opens the event in Visits; a pointer opens the nearest one.
 */
export const EventStrip = memo(function EventStrip(props: EventStripProps) {
  const { g, active, onActive, onOpen } = props;
  if (g.events.length === 0) return null;
  const current = g.events[Math.min(active, g.events.length - 1)]!;
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
    onActive(next, true);
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
          if (i >= 0) onActive(i, true);
          else props.onLeave();
        }}
        onPointerLeave={props.onLeave}
        onClick={(e) => {
          const i = at(e);
          if (i >= 0) onOpen(g.events[i]!.marker.event.id);
        }}
      />
      <a
        href={props.href(current.marker.event.id)}
        className="trade-chart__event"
        data-id={current.marker.event.id}
        aria-label={props.label}
        onClick={(e) => {
          e.preventDefault();
          onOpen(current.marker.event.id);
        }}
        onKeyDown={onKey}
        onFocus={() => onActive(active, true)}
        onBlur={props.onLeave}
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
