import { Bar, BarChart, Cell, LabelList, XAxis, YAxis, type LabelProps } from 'recharts';
import type { Lang } from '@/lib/url/lang';
import { compactUsd } from '../utils/chart-format';
import type { Scale } from '../utils/trade-params';
import { decadeDomain, linearTicks, logTicks } from '../utils/scales';
import {
  CONTEXT_AXIS_HEIGHT,
  CONTEXT_PAD_BOTTOM,
  CONTEXT_NARROW,
  contextMargin,
  type ContextRow,
} from './context-bars-layout';

export interface ContextBarsChartProps {
  rows: ContextRow[];
  scale: Scale;
  width: number;
  height: number;
  lang: Lang;
}

const BAR = 18;
const LABEL_COLUMN = 250;

/**
 * The comparison drawn with recharts: Belarus-reported bars hatched, other sources striped, so
 * the reporter is told by pattern as well as colour; each value at its bar's end and the source
 * under it. A picture only (aria-hidden): the rows are also a list beside it.
 */
export function ContextBarsChart({ rows, scale, width, height, lang }: ContextBarsChartProps) {
  const narrow = width < CONTEXT_NARROW;
  const max = Math.max(...rows.map((r) => r.value), 1);
  const [lo, hi] = decadeDomain(rows.map((r) => r.value));
  const linear = linearTicks(0, max, 4);
  const top = Math.max(max, linear.at(-1) ?? max);
  const domain: [number, number] = scale === 'log' ? [lo, hi] : [0, top];
  const ticks = scale === 'log' ? logTicks(lo, hi, 4) : linear;
  // Log bars need a positive value: a zero would have no place on the axis.
  const data = rows.map((r) => ({ ...r, bar: scale === 'log' ? Math.max(r.value, lo) : r.value }));

  const renderLabels = ({ index, viewBox }: LabelProps) => {
    const row = index === undefined ? undefined : rows[index];
    if (!row || !viewBox || !('width' in viewBox)) return null;
    const { x = 0, y = 0, width: w = 0, height: h = 0 } = viewBox;
    return (
      <g className="trade-context-chart__labels">
        {narrow && (
          <text x={x} y={y - 6} className="trade-context-chart__name">
            <tspan className={`trade-context-chart__partner${row.isBelarus ? ' is-belarus' : ''}`}>
              {row.partner}
            </tspan>{' '}
            <tspan className="trade-context-chart__muted">{row.reportedBy}</tspan>
            {row.period && <tspan className="trade-context-chart__muted"> · {row.period}</tspan>}
          </text>
        )}
        <text x={x + Math.max(w, 1) + 6} y={y + h / 2} dy="0.35em" className="trade-context-chart__value">
          {row.valueText}
        </text>
        <text x={x} y={y + h + 12} className="trade-context-chart__source">
          {row.source}
        </text>
      </g>
    );
  };

  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      barCategoryGap={0}
      margin={contextMargin(width)}
      accessibilityLayer={false}
      className="trade-context-chart"
    >
      <defs>
        <pattern
          id="trade-context-by"
          width="9"
          height="9"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="9" height="9" className="trade-context-chart__by-back" />
          <rect width="6" height="9" className="trade-context-chart__by-front" />
        </pattern>
        <pattern id="trade-context-other" width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="3" height="5" className="trade-context-chart__other-front" />
        </pattern>
      </defs>
      <XAxis
        type="number"
        dataKey="bar"
        scale={scale === 'log' ? 'log' : 'linear'}
        domain={domain}
        ticks={ticks}
        allowDataOverflow
        tickFormatter={(v: number) => compactUsd(v, lang)}
        tickLine={false}
        className="trade-context-chart__axis"
        height={CONTEXT_AXIS_HEIGHT}
        interval={0}
      />
      <YAxis
        type="category"
        dataKey="id"
        hide={narrow}
        width={LABEL_COLUMN}
        padding={{ top: 0, bottom: CONTEXT_PAD_BOTTOM }}
        axisLine={false}
        tickLine={false}
        tick={(props: { y?: number | string; index?: number }) => {
          const row = props.index === undefined ? undefined : rows[props.index];
          if (!row) return <g />;
          return (
            <text x={4} y={Number(props.y ?? 0) - 2} dy="0.35em" className="trade-context-chart__name">
              <tspan className={`trade-context-chart__partner${row.isBelarus ? ' is-belarus' : ''}`}>
                {row.partner}
              </tspan>{' '}
              <tspan className="trade-context-chart__muted">{row.reportedBy}</tspan>
              {row.period && <tspan className="trade-context-chart__muted"> · {row.period}</tspan>}
            </text>
          );
        }}
      />
      <Bar dataKey="bar" barSize={BAR} isAnimationActive={false} radius={2}>
        {data.map((r) => (
          <Cell key={r.id} className={`trade-context-chart__bar trade-context-chart__bar--${r.reporter}`} />
        ))}
        <LabelList dataKey="bar" content={renderLabels} />
      </Bar>
    </BarChart>
  );
}
