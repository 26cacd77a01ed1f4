import { SeriesMarker } from '@/components/series-marker';
import {
  BAR_THICKNESS,
  DOT_SIZE,
  TEXT_SIZE,
  type ContextScene,
  type SceneText,
} from '../utils/context-bars-scene';

/**
 * The comparison drawn from its scene: bars from zero (Belarus-reported hatched, other sources
 * striped, so the reporter is told by pattern as well as colour), or on a log scale dots on thin
 * guide lines, shaped by reporter as on the main chart and hollow for part of a year. A picture
 * only: the rows are also a list beside it.
 */
export function ContextBarsChart({ scene }: { scene: ContextScene }) {
  const { width, height, plot, grid, marks, texts, mark } = scene;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className={`context-chart context-chart--${mark}`}
      data-mark={mark}
    >
      <defs>
        <pattern
          id="context-chart-by"
          width="9"
          height="9"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="9" height="9" className="context-chart__by-back" />
          <rect width="6" height="9" className="context-chart__by-front" />
        </pattern>
        <pattern id="context-chart-other" width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="3" height="5" className="context-chart__other-front" />
        </pattern>
      </defs>
      <g className="context-chart__grid">
        {grid.map((x) => (
          <line key={x} x1={x} x2={x} y1={plot.top} y2={plot.bottom} />
        ))}
      </g>
      <line
        className="context-chart__axis"
        x1={plot.left}
        x2={plot.right}
        y1={plot.bottom}
        y2={plot.bottom}
      />
      <g className="context-chart__marks">
        {marks.map((m) =>
          mark === 'bars' ? (
            <rect
              key={m.row.id}
              className={`context-chart__mark context-chart__bar context-chart__bar--${m.row.reporter}`}
              x={m.x0}
              y={m.y - BAR_THICKNESS / 2}
              width={Math.max(m.x1 - m.x0, 1)}
              height={BAR_THICKNESS}
              rx={2}
            />
          ) : (
            <g key={m.row.id} className="context-chart__mark context-chart__dot">
              <line className="context-chart__guide" x1={m.x0} x2={m.x1} y1={m.y} y2={m.y} />
              <SeriesMarker
                reporter={m.row.reporter}
                x={m.x1}
                y={m.y}
                hollow={m.hollow}
                size={DOT_SIZE}
                outlined
              />
            </g>
          ),
        )}
      </g>
      {texts.map((t, i) => (
        <Text key={i} text={t} />
      ))}
    </svg>
  );
}

function Text({ text }: { text: SceneText }) {
  return (
    <text x={text.x} y={text.y} fontSize={text.size}>
      {text.segments.map((s, i) => (
        <tspan key={i} className={`context-chart__${s.kind}`} fontSize={TEXT_SIZE[s.kind]}>
          {s.text}
        </tspan>
      ))}
    </text>
  );
}
