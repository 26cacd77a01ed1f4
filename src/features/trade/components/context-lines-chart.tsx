import { CartesianGrid, Line, XAxis, YAxis } from 'recharts';
import { numberFormat } from '@/lib/format';
import { textWidth } from '@/lib/text-width';
import { localeOf, type Lang } from '@/lib/url/lang';
import { compactUsd } from '../utils/chart-format';
import { decadeDomain, linearScale, logTicks } from '../utils/scales';
import { PictureLineChart } from './picture-line-chart';

/** Axis labels' font size in px (trade.css), and half a year label's width at it. */
const TICK_FONT = 11;
const YEAR_HALF = Math.ceil(textWidth('2000', TICK_FONT) / 2) + 2;

export interface ContextLine {
  key: string;
  label: string;
  /** CSS class of the series colour. */
  className: string;
  dash?: string;
}

export interface ContextLinesChartProps {
  rows: ({ year: number } & Record<string, number | undefined>)[];
  lines: ContextLine[];
  width: number;
  height: number;
  lang: Lang;
  /** `usd` on a log scale (values span 1,000×), or `percent` on a linear one. */
  unit: 'usd' | 'percent';
}

/**
 * Lines over the years with Recharts (loaded when the section is reached). A missing year is a
 * gap in the line (`connectNulls` off), never a zero. A picture only: the same values are a
 * table beside it.
 */
export function ContextLinesChart({ rows, lines, width, height, lang, unit }: ContextLinesChartProps) {
  const values = rows.flatMap((r) => lines.map((l) => r[l.key]).filter((v): v is number => v !== undefined));
  const [lo, hi] = decadeDomain(values);
  const share = linearScale(values, [0, 1], 4);
  const ticks = unit === 'usd' ? logTicks(lo, hi, 6) : share.ticks;

  const percent = (v: number) =>
    numberFormat(localeOf(lang), { style: 'percent', maximumSignificantDigits: 2 }).format(v);
  const tickText = unit === 'usd' ? (v: number) => compactUsd(v, lang) : percent;
  // The axis is as wide as its longest label ("100 nghìn USD"): narrower, recharts wraps a label
  // onto lines that run into the years below.
  const yWidth = Math.ceil(Math.max(...ticks.map((v) => textWidth(tickText(v), TICK_FONT)))) + 12;
  return (
    <PictureLineChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
    >
      <CartesianGrid vertical={false} className="trade-context-lines__grid" />
      <XAxis
        dataKey="year"
        type="number"
        domain={['dataMin', 'dataMax']}
        allowDecimals={false}
        tickCount={8}
        // Half a year label each side: the first year clears the value labels left of the axis.
        padding={{ left: YEAR_HALF, right: YEAR_HALF }}
      />
      {unit === 'usd' ? (
        <YAxis
          scale="log"
          domain={[lo, hi]}
          ticks={ticks}
          tickFormatter={tickText}
          width={yWidth}
          allowDataOverflow
        />
      ) : (
        <YAxis domain={share.domain} ticks={ticks} tickFormatter={tickText} width={yWidth} />
      )}
      {lines.map((l) => (
        <Line
          key={l.key}
          dataKey={l.key}
          className={l.className}
          strokeDasharray={l.dash}
          dot={{ r: 2.5, className: l.className }}
          connectNulls={false}
          isAnimationActive={false}
          name={l.label}
        />
      ))}
    </PictureLineChart>
  );
}
