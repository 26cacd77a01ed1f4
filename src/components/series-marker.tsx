import { markShape, type Reporter } from '@/lib/trade-points';
import './series-marker.css';

/** Dash pattern of each reporter's line: solid, dashed, dotted. */
export const SERIES_DASH: Record<Reporter, string | undefined> = { VN: undefined, BY: '7 4', other: '2 3' };

/**
 * The classes of a reporter's mark. `outlined`: among lines and their dots (a chart, a picture),
 * a press figure gets an outline so it stands apart from them.
 */
export function markClass(reporter: Reporter, hollow: boolean, outlined = false): string {
  return `trade-mark trade-series-${reporter}${hollow ? ' trade-mark--hollow' : ''}${outlined ? ' trade-mark--outlined' : ''}`;
}

/** A reporter's marker shape (`markShape`), filled or hollow, centred on (x, y). */
export function SeriesMarker({
  reporter,
  x,
  y,
  hollow,
  size = 5,
  outlined = false,
}: {
  reporter: Reporter;
  x: number;
  y: number;
  hollow: boolean;
  size?: number;
  outlined?: boolean;
}) {
  const className = markClass(reporter, hollow, outlined);
  const m = markShape(reporter, x, y, size);
  if (m.kind === 'circle') return <circle className={className} cx={m.cx} cy={m.cy} r={m.r} />;
  if (m.kind === 'square')
    return <rect className={className} x={m.x} y={m.y} width={m.side} height={m.side} />;
  return <polygon className={className} points={m.points.map((p) => p.join(',')).join(' ')} />;
}

/**
 * A small swatch: an official series' line with a dot on it, or a press figure's marker alone
 * (hollow for part of a year); without a kind, the reporter's line and marker (for the filter).
 */
export function SeriesSwatch({
  reporter,
  hollow = false,
  kind,
}: {
  reporter: Reporter;
  hollow?: boolean;
  kind?: 'official' | 'press';
}) {
  const line = kind === 'official' || (kind === undefined && !hollow);
  return (
    <svg className="trade-swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
      {line && (
        <line
          className={`trade-line trade-series-${reporter}`}
          x1="1"
          x2="27"
          y1="7"
          y2="7"
          strokeDasharray={SERIES_DASH[reporter]}
        />
      )}
      {kind === 'official' ? (
        <circle className={`trade-dot trade-series-${reporter}`} cx="14" cy="7" r="2.8" />
      ) : (
        <SeriesMarker reporter={reporter} x={14} y={7} hollow={hollow} size={4} />
      )}
    </svg>
  );
}
