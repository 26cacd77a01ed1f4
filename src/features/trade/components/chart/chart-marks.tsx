import { memo } from 'react';
import { markClass, SERIES_DASH } from '@/components/series-marker';
import { SIDES } from '@/lib/trade-points';
import { type ChartGeometry } from '../../utils/chart-geometry';

/**
 * Everything the data draws, a few paths in all: each side's official line and dots, the mirror
 * gap, the press marks merged by style, and the badges. Decoration for assistive technology:
 * the focus layer and the table carry the values.
 */
export const ChartMarks = memo(function ChartMarks({ g }: { g: ChartGeometry }) {
  return (
    <g className="trade-chart__marks" aria-hidden="true">
      {g.gap && <path className="trade-chart__gap" d={g.gap} />}
      {SIDES.map((side) =>
        g.lines[side] ? (
          <path
            key={`line-${side}`}
            className={`trade-line trade-series-${side}`}
            d={g.lines[side]}
            strokeDasharray={SERIES_DASH[side]}
          />
        ) : null,
      )}
      {SIDES.map((side) =>
        g.dots[side] ? (
          <path key={`dots-${side}`} className={`trade-dot trade-series-${side}`} d={g.dots[side]} />
        ) : null,
      )}
      {g.marks.map((m) => (
        <path key={`${m.reporter}-${m.hollow}`} className={markClass(m.reporter, m.hollow, true)} d={m.d} />
      ))}
      {g.badges.uncertain && <path className="trade-chart__badge" d={g.badges.uncertain} />}
      {g.badges.conflicting && <path className="trade-chart__badge" d={g.badges.conflicting} />}
    </g>
  );
});
