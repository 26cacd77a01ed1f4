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
 * An official series' key: a stretch of its line from `x1` to `x2`, with one of its dots midway
 * when `r` is given.
 */
export function LineKey({
  className,
  dotClassName,
  dash,
  x1,
  x2,
  y,
  r,
}: {
  className: string;
  dotClassName: string;
  dash: string | undefined;
  x1: number;
  x2: number;
  y: number;
  r?: number;
}) {
  return (
    <>
      <line className={className} x1={x1} x2={x2} y1={y} y2={y} strokeDasharray={dash} />
      {r !== undefined && <circle className={dotClassName} cx={(x1 + x2) / 2} cy={y} r={r} />}
    </>
  );
}

/** A reporter's line as Trade draws it, with a dot on it unless `dot` is false. */
export function TradeLineKey({
  reporter,
  x1,
  x2,
  y,
  dot = true,
}: {
  reporter: Reporter;
  x1: number;
  x2: number;
  y: number;
  dot?: boolean;
}) {
  return (
    <LineKey
      className={`trade-line trade-series-${reporter}`}
      dotClassName={`trade-dot trade-series-${reporter}`}
      dash={SERIES_DASH[reporter]}
      x1={x1}
      x2={x2}
      y={y}
      r={dot ? 2.8 : undefined}
    />
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
      {line && <TradeLineKey reporter={reporter} x1={1} x2={27} y={7} dot={kind === 'official'} />}
      {kind !== 'official' && <SeriesMarker reporter={reporter} x={14} y={7} hollow={hollow} size={4} />}
    </svg>
  );
}
