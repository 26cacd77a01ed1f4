import type { ChartGeometry } from '../../utils/chart-geometry';

/** A text block of the chart (its title or its source line), one tspan a line, `step` px apart. */
export function ChartText(props: {
  g: ChartGeometry;
  className: string;
  text: { lines: string[]; y: number };
  step: number;
}) {
  const { g, text, step } = props;
  // A phone's wrapped lines start at the edge; wide, they line up with the plot.
  const x = g.narrow ? 4 : g.plot.left;
  return (
    <text className={props.className} x={x} y={text.y}>
      {text.lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : step}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
