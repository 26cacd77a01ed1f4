import { memo } from 'react';
import { SeriesMarker, TradeLineKey } from '@/components/series-marker';
import type { Reporter } from '@/lib/trade-points';
import { LEGEND_LINE, type LegendKey, type PlacedLegendEntry } from '../../utils/chart-geometry';

function Swatch({ k }: { k: LegendKey }) {
  if (k === 'official-VN' || k === 'official-BY') {
    const side = k.slice(9) as Reporter;
    return <TradeLineKey reporter={side} x1={0} x2={24} y={0} />;
  }
  if (k === 'gap') return <rect className="trade-chart__gap" x={2} y={-6} width={20} height={12} />;
  if (k === 'press-VN' || k === 'press-BY' || k === 'press-other') {
    return <SeriesMarker reporter={k.slice(6) as Reporter} x={12} y={0} hollow={false} size={4.5} />;
  }
  if (k === 'partial') return <SeriesMarker reporter="other" x={12} y={0} hollow size={4.5} />;
  if (k === 'uncertain' || k === 'conflicting') {
    return (
      <text className="trade-chart__badge-text" x={12} y={5} textAnchor="middle">
        {k === 'uncertain' ? '?' : '!'}
      </text>
    );
  }
  return (
    <>
      <line className="trade-chart__event-line" x1={12} x2={12} y1={-8} y2={8} />
      <path className="trade-chart__event-mark" d="M12,-5 L16.5,0 L12,5 L7.5,0 Z" />
    </>
  );
}

/** The legend inside the SVG, so an exported image explains itself. */
export const ChartLegend = memo(function ChartLegend({ entries }: { entries: PlacedLegendEntry[] }) {
  return (
    <g className="trade-chart__legend">
      {entries.map((e) => (
        <g key={e.key} transform={`translate(${e.x},${e.y})`} data-key={e.key}>
          <Swatch k={e.key as LegendKey} />
          <text className="trade-chart__legend-text" x={30} y={4}>
            {e.lines.map((line, i) => (
              <tspan key={i} x={30} dy={i === 0 ? 0 : LEGEND_LINE}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  );
});
