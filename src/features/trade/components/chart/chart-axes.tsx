import { memo } from 'react';
import type { Lang } from '@/lib/url/lang';
import { compactUsd } from '../../utils/chart-format';
import type { ChartGeometry } from '../../utils/chart-geometry';

/** Grid lines with value ticks, the zero line of a negative balance, and the year axis. */
export const ChartAxes = memo(function ChartAxes({ g, lang }: { g: ChartGeometry; lang: Lang }) {
  const { left, top, width, height } = g.plot;
  const base = top + height;
  return (
    <g className="trade-chart__grid" aria-hidden="true">
      {g.yTicks.map(({ value, y }) => (
        <g key={value}>
          <line className="trade-chart__gridline" x1={left} x2={left + width} y1={y} y2={y} />
          <text className="trade-chart__tick" x={left - 6} y={y + 4} textAnchor="end">
            {compactUsd(value, lang)}
          </text>
        </g>
      ))}
      {g.zeroY !== null && (
        <line className="trade-chart__zero" x1={left} x2={left + width} y1={g.zeroY} y2={g.zeroY} />
      )}
      <line className="trade-chart__axis" x1={left} x2={left + width} y1={base} y2={base} />
      {g.xTicks.map(({ year, x }) => (
        <g key={year}>
          <line className="trade-chart__axis" x1={x} x2={x} y1={base} y2={base + 4} />
          <text className="trade-chart__tick" x={x} y={base + 17} textAnchor="middle">
            {year}
          </text>
        </g>
      ))}
    </g>
  );
});
