import type { PairStatus } from '../utils/partners-params';

/** A pair's line as the map draws it for a status, as a key beside its name (legend, filter). */
export function StatusSwatch({
  status,
  width,
  height,
}: {
  status: PairStatus;
  width: number;
  height: number;
}) {
  return (
    <svg
      width={width}
      height={height}
      aria-hidden="true"
      className={`partners-legend__line partners-legend__line--status partners-map__pair--${status}`}
    >
      <path className="partners-map__pair-line" d={`M2,${height / 2}H${width - 2}`} />
    </svg>
  );
}
