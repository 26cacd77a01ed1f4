import type { Reporter } from '../utils/trade-params';

/** Dash pattern of each reporter's line: solid, dashed, dotted. */
export const SERIES_DASH: Record<Reporter, string | undefined> = { VN: undefined, BY: '7 4', other: '2 3' };

/** A reporter's marker shape (circle, square, triangle), filled or hollow, centred on (x, y). */
export function SeriesMarker({
  reporter,
  x,
  y,
  hollow,
  size = 5,
}: {
  reporter: Reporter;
  x: number;
  y: number;
  hollow: boolean;
  size?: number;
}) {
  const className = `trade-mark trade-series-${reporter}${hollow ? ' trade-mark--hollow' : ''}`;
  if (reporter === 'VN') return <circle className={className} cx={x} cy={y} r={size} />;
  if (reporter === 'BY')
    return (
      <rect
        className={className}
        x={x - size * 0.9}
        y={y - size * 0.9}
        width={size * 1.8}
        height={size * 1.8}
      />
    );
  const h = size * 1.25;
  return (
    <polygon className={className} points={`${x},${y - h} ${x + h},${y + h * 0.8} ${x - h},${y + h * 0.8}`} />
  );
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
