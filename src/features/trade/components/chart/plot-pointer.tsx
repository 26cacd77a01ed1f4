import type { MouseEvent, PointerEvent } from 'react';
import type { ChartGeometry, Target } from '../../utils/chart-geometry';

/**
 * The plot's invisible hit area: the pointer picks the year under it (not the nearest mark), a
 * click or tap marks that year.
 */
export function PlotHitArea(props: {
  g: ChartGeometry;
  onHoverYear: (year: number) => void;
  onLeave: (e: PointerEvent) => void;
  onSelectYear?: (year: number) => void;
}) {
  const { g, onHoverYear } = props;
  const yearAtPointer = (e: MouseEvent<SVGRectElement>) =>
    g.yearAt(e.clientX - e.currentTarget.ownerSVGElement!.getBoundingClientRect().left);
  const onMove = (e: MouseEvent<SVGRectElement>) => onHoverYear(yearAtPointer(e));
  return (
    <rect
      className="trade-chart__hit"
      x={g.plot.left - 10}
      y={g.plot.top - 10}
      width={g.plot.width + 20}
      height={g.plot.height + 20}
      onPointerMove={onMove}
      onPointerDown={onMove}
      onPointerLeave={props.onLeave}
      onClick={(e) => props.onSelectYear?.(yearAtPointer(e))}
    />
  );
}

/** The hovered year: its guide line, a ring on each of its points, and its label under the axis. */
export function YearPointer({ g, year, targets }: { g: ChartGeometry; year: number; targets: Target[] }) {
  const x = g.x(year);
  const base = g.plot.top + g.plot.height;
  return (
    <g className="trade-chart__pointer" aria-hidden="true">
      <line x1={x} x2={x} y1={g.plot.top} y2={base} />
      {targets.slice(0, 24).map((t) => (
        <circle key={t.point.id} className="trade-chart__hover-ring" cx={t.x} cy={t.y} r={8} />
      ))}
      {/* The year under the pointer is always named, even where the axis skips labels. */}
      <rect x={x - 19} y={base + 4} width={38} height={17} rx={3} />
      <text x={x} y={base + 17} textAnchor="middle">
        {year}
      </text>
    </g>
  );
}
