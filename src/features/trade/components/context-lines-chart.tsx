import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { numberFormat } from '@/lib/format';
import { localeOf, type Lang } from '@/lib/url/lang';
import { compactUsd } from '../utils/chart-format';
import { decadeDomain, logTicks } from '../utils/scales';

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
  const [lo, hi] = decadeDomain(
    rows.flatMap((r) => lines.map((l) => r[l.key]).filter((v): v is number => v !== undefined)),
  );

  const percent = (v: number) =>
    numberFormat(localeOf(lang), { style: 'percent', maximumSignificantDigits: 2 }).format(v);
  return (
    <LineChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
      // A picture only (its container is aria-hidden; the values table is the text alternative),
      // so it must not take focus.
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} className="trade-context-lines__grid" />
      <XAxis
        dataKey="year"
        type="number"
        domain={['dataMin', 'dataMax']}
        allowDecimals={false}
        tickCount={8}
      />
      {unit === 'usd' ? (
        <YAxis
          scale="log"
          domain={[lo, hi]}
          ticks={logTicks(lo, hi, 6)}
          tickFormatter={(v: number) => compactUsd(v, lang)}
          width={64}
          allowDataOverflow
        />
      ) : (
        <YAxis tickFormatter={(v: number) => percent(v)} width={64} />
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
    </LineChart>
  );
}
