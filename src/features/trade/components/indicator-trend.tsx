import { Line, XAxis, YAxis } from 'recharts';
import { PictureLineChart } from './picture-line-chart';

export interface TrendPoint {
  id: string;
  /** Position on a year axis (2023.9 is late 2023). */
  x: number;
  value: number;
}

/** A tiny recharts line with a dot on each dated value; no axes (a picture: the values are text beside it). */
export function IndicatorTrend({
  points,
  width,
  height,
}: {
  points: TrendPoint[];
  width: number;
  height: number;
}) {
  const low = Math.min(0, ...points.map((p) => p.value));
  return (
    <PictureLineChart
      width={width}
      height={height}
      data={points}
      margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      className="trade-spark"
    >
      <XAxis type="number" dataKey="x" domain={['dataMin', 'dataMax']} hide />
      <YAxis type="number" domain={[low, 'dataMax']} hide />
      <Line
        dataKey="value"
        className="trade-spark__line"
        dot={{ r: 2.2, className: 'trade-spark__dot' }}
        activeDot={false}
        isAnimationActive={false}
      />
    </PictureLineChart>
  );
}
