import type { Source } from '@data/schema';
import { useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDatePoint, formatPeriod } from '@/lib/format';
import type { Lang } from '@/lib/url/lang';
import type { YearRange } from '@/lib/url/year-range';
import { compactUsd, pointValueText, yearTicks } from '../utils/chart-format';
import { linearScale, logScale } from '../utils/scales';
import type { EventMarker } from '../utils/trade-context';
import { REPORTERS, type Reporter, type Scale } from '../utils/trade-params';
import type { ChartLayout, TradePoint } from '../utils/trade-series';
import { SERIES_DASH, SeriesMarker } from './series-marker';
import { PointDetails } from './point-details';

export interface TradeChartProps {
  points: TradePoint[];
  layout: ChartLayout;
  /** Events to mark on the time axis (empty when hidden). */
  events: EventMarker[];
  range: YearRange;
  scale: Scale;
  series: Reporter[];
  width: number;
  highlightYear: number | null;
  lang: Lang;
  title: string;
  sources: Map<string, Source>;
  eventHref: (id: string) => string;
  onOpenEvent: (href: string) => void;
  onSelectYear: (year: number) => void;
  svgRef?: Ref<SVGSVGElement>;
}

type Hover = { kind: 'point'; point: TradePoint; x: number; y: number } | { kind: 'event'; marker: EventMarker; x: number; y: number };

const LEGEND_ROW = 18;
const EVENT_ROWS = 4;

/**
 * Trade over time, one series per reporter: lines join consecutive full years only; a part of
 * a year is a hollow marker on its own; conflicting figures are joined by a thin red dotted
 * line; events sit on a strip under the axis. Drawn by hand so every figure, shape and dash
 * is under control and the SVG can be saved as it is.
 */
export function TradeChart(props: TradeChartProps) {
  const { points, layout, events, range, scale, series, width, highlightYear, lang, title, sources } = props;
  const { t } = useTranslation('trade');
  const [hover, setHover] = useState<Hover | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const pointRefs = useRef<(SVGGElement | null)[]>([]);

  const narrow = width < 520;
  const legendItems = useMemo(() => {
    const items: { key: string; label: string; width: number }[] = REPORTERS.filter((r) => series.includes(r)).map((r) => ({
      key: r,
      label: t(`reporterLong.${r}`),
      width: 0,
    }));
    items.push({ key: 'partial', label: t('legend.partial'), width: 0 });
    items.push({ key: 'conflict', label: t('legend.conflict'), width: 0 });
    if (events.length) items.push({ key: 'event', label: t('legend.event'), width: 0 });
    return items.map((i) => ({ ...i, width: 34 + i.label.length * 6.9 }));
  }, [series, events.length, t]);

  // Lay the legend out in rows that fit the width.
  const legendX = narrow ? 4 : 62;
  const legendRows: (typeof legendItems)[] = [[]];
  let rowWidth = 0;
  for (const item of legendItems) {
    if (legendX + rowWidth + item.width > width - 4 && legendRows.at(-1)!.length) {
      legendRows.push([]);
      rowWidth = 0;
    }
    legendRows.at(-1)!.push(item);
    rowWidth += item.width + 10;
  }

  const margin0 = { right: narrow ? 10 : 18, left: narrow ? 48 : 62 };
  const plotWidth = Math.max(40, width - margin0.left - margin0.right);
  const x0 = range.from - 0.5;
  const x1 = range.to + 0.5;
  const sx = (x: number) => margin0.left + ((x - x0) / (x1 - x0)) * plotWidth;

  // Events close together are stacked in rows under the axis so that each stays reachable.
  const eventRows = new Map<string, number>();
  const rowEnds: number[] = [];
  for (const m of events) {
    const cx = sx(m.x);
    let row = rowEnds.findIndex((end) => end < cx - 12);
    if (row === -1 && rowEnds.length < EVENT_ROWS) row = rowEnds.length;
    if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = cx;
    eventRows.set(m.event.id, row);
  }
  const margin = { ...margin0, top: 24 + legendRows.length * LEGEND_ROW + 10, bottom: events.length ? 36 + rowEnds.length * 13 : 30 };
  const plotHeight = narrow ? 230 : 300;
  const height = margin.top + plotHeight + margin.bottom;
  const values = points.map((p) => p.valueUsd);
  const tickCount = narrow ? 4 : 6;
  const sy = scale === 'log' ? logScale(values, [margin.top + plotHeight, margin.top], tickCount) : linearScale(values, [margin.top + plotHeight, margin.top], tickCount);
  const xTicks = yearTicks(range.from, range.to, plotWidth);
  const byId = new Map(points.map((p) => [p.id, p]));
  const ordered = [...points].sort((a, b) => (layout.x.get(a.id) ?? 0) - (layout.x.get(b.id) ?? 0));
  const px = (p: TradePoint) => sx(layout.x.get(p.id) ?? p.year);
  const py = (p: TradePoint) => sy(p.valueUsd);

  const conflicts: [TradePoint, TradePoint][] = [];
  for (const p of points) {
    for (const id of p.figures.flatMap((f) => f.conflictsWith ?? [])) {
      const q = byId.get(id);
      if (q && p.id < q.id) conflicts.push([p, q]);
    }
  }

  const onPointKey = (e: KeyboardEvent, index: number) => {
    const next = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? ordered.length - 1 : null;
    if (next !== null) {
      e.preventDefault();
      const i = Math.max(0, Math.min(ordered.length - 1, next));
      setFocusIndex(i);
      pointRefs.current[i]?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onSelectYear(ordered[index]!.year);
    } else if (e.key === 'Escape') {
      setHover(null);
    }
  };

  const sourceText = (p: TradePoint) =>
    p.figures.map((f) => sources.get(f.sourceId)?.publisher ?? t('unknownSource')).join(' + ');
  const stripTop = margin.top + plotHeight + 34;

  return (
    <div className="trade-chart" onPointerLeave={() => setHover(null)}>
      <svg
        ref={props.svgRef}
        className="trade-chart__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby="trade-chart-title"
        fontFamily="inherit"
      >
        <title id="trade-chart-title">{title}</title>
        <text className="trade-chart__heading" x={legendX} y={16}>
          {title}
        </text>
        <g className="trade-chart__legend" aria-hidden="true">
          {legendRows.map((row, r) => {
            let lx = legendX;
            return row.map((item) => {
              const gx = lx;
              lx += item.width + 10;
              const y = 24 + r * LEGEND_ROW + 9;
              return (
                <g key={item.key} transform={`translate(${gx},${y})`}>
                  {item.key === 'partial' ? (
                    <SeriesMarker reporter="VN" x={12} y={0} hollow size={4.5} />
                  ) : item.key === 'conflict' ? (
                    <line className="trade-chart__conflict" x1={2} x2={24} y1={0} y2={0} />
                  ) : item.key === 'event' ? (
                    <path className="trade-chart__event-mark" d="M12,-5 L17,0 L12,5 L7,0 Z" />
                  ) : (
                    <>
                      <line className={`trade-line trade-series-${item.key}`} x1={0} x2={24} y1={0} y2={0} strokeDasharray={SERIES_DASH[item.key as Reporter]} />
                      <SeriesMarker reporter={item.key as Reporter} x={12} y={0} hollow={false} size={4} />
                    </>
                  )}
                  <text className="trade-chart__legend-text" x={30} y={4}>
                    {item.label}
                  </text>
                </g>
              );
            });
          })}
        </g>

        {highlightYear !== null && highlightYear >= range.from && highlightYear <= range.to && (
          <rect className="trade-chart__highlight" x={sx(highlightYear - 0.5)} width={sx(highlightYear + 0.5) - sx(highlightYear - 0.5)} y={margin.top} height={plotHeight} />
        )}

        <g className="trade-chart__grid" aria-hidden="true">
          {sy.ticks.map((v) => (
            <g key={v}>
              <line className="trade-chart__gridline" x1={margin.left} x2={margin.left + plotWidth} y1={sy(v)} y2={sy(v)} />
              <text className="trade-chart__tick" x={margin.left - 6} y={sy(v) + 4} textAnchor="end">
                {compactUsd(v, lang)}
              </text>
            </g>
          ))}
          {scale === 'linear' && sy.domain[0] < 0 && <line className="trade-chart__zero" x1={margin.left} x2={margin.left + plotWidth} y1={sy(0)} y2={sy(0)} />}
          <line className="trade-chart__axis" x1={margin.left} x2={margin.left + plotWidth} y1={margin.top + plotHeight} y2={margin.top + plotHeight} />
          {xTicks.map((year) => (
            <g key={year}>
              <line className="trade-chart__axis" x1={sx(year)} x2={sx(year)} y1={margin.top + plotHeight} y2={margin.top + plotHeight + 4} />
              <text className="trade-chart__tick" x={sx(year)} y={margin.top + plotHeight + 17} textAnchor="middle">
                {year}
              </text>
            </g>
          ))}
        </g>

        {events.length > 0 && (
          <g className="trade-chart__events">
            {events.map((m) => (
              <line
                key={`l-${m.event.id}`}
                className={`trade-chart__event-line${hover?.kind === 'event' && hover.marker === m ? ' is-active' : ''}`}
                x1={sx(m.x)} x2={sx(m.x)} y1={margin.top} y2={margin.top + plotHeight} aria-hidden="true" />
            ))}
            {events.map((m) => {
              const href = props.eventHref(m.event.id);
              const cx = sx(m.x);
              const stripY = stripTop + (eventRows.get(m.event.id) ?? 0) * 13;
              const label = t('eventLabel', { date: formatDatePoint(m.event.date, lang), title: m.event.title[lang] });
              return (
                <a
                  key={m.event.id}
                  href={href}
                  className="trade-chart__event"
                  aria-label={label}
                  onClick={(e) => {
                    e.preventDefault();
                    props.onOpenEvent(href);
                  }}
                  onPointerEnter={() => setHover({ kind: 'event', marker: m, x: cx, y: stripY })}
                  onFocus={() => setHover({ kind: 'event', marker: m, x: cx, y: stripY })}
                  onBlur={() => setHover(null)}
                >
                  <rect x={cx - 6} y={stripY - 6.5} width={12} height={13} fill="transparent" />
                  <path className="trade-chart__event-mark" d={`M${cx},${stripY - 5.5} L${cx + 4.5},${stripY} L${cx},${stripY + 5.5} L${cx - 4.5},${stripY} Z`} />
                </a>
              );
            })}
          </g>
        )}

        <g className="trade-chart__lines" aria-hidden="true">
          {layout.segments
            .filter((s) => byId.has(s.from.id) && byId.has(s.to.id))
            .map((s) => (
              <line
                key={`${s.from.id}>${s.to.id}`}
                className={`trade-line trade-series-${s.reporter}`}
                x1={px(s.from)}
                y1={py(s.from)}
                x2={px(s.to)}
                y2={py(s.to)}
                strokeDasharray={SERIES_DASH[s.reporter]}
              />
            ))}
          {conflicts.map(([a, b]) => (
            <line key={`${a.id}~${b.id}`} className="trade-chart__conflict" x1={px(a)} y1={py(a)} x2={px(b)} y2={py(b)} />
          ))}
        </g>

        <g className="trade-chart__points">
          {ordered.map((p, i) => {
            const cx = px(p);
            const cy = py(p);
            const label = t('pointLabel', {
              value: pointValueText(p, lang),
              period: formatPeriod({ year: p.year, months: p.months }, lang),
              reporter: t(`reporterLong.${p.reporter}`),
              source: sourceText(p),
            });
            return (
              <g
                key={p.id}
                ref={(el) => {
                  pointRefs.current[i] = el;
                }}
                className={`trade-chart__point${p.year === highlightYear ? ' is-highlighted' : ''}`}
                data-id={p.id}
                tabIndex={i === Math.min(focusIndex, ordered.length - 1) ? 0 : -1}
                role="button"
                aria-label={label}
                onPointerEnter={() => setHover({ kind: 'point', point: p, x: cx, y: cy })}
                onFocus={() => {
                  setFocusIndex(i);
                  setHover({ kind: 'point', point: p, x: cx, y: cy });
                }}
                onBlur={() => setHover(null)}
                onClick={() => props.onSelectYear(p.year)}
                onKeyDown={(e) => onPointKey(e, i)}
              >
                <circle cx={cx} cy={cy} r={11} fill="transparent" />
                <SeriesMarker reporter={p.reporter} x={cx} y={cy} hollow={p.partial} size={narrow ? 4.5 : 5.5} />
                {(p.uncertain || p.conflicting) && (
                  <text className="trade-chart__flag" x={cx + 6} y={cy - 6} aria-hidden="true">
                    {p.uncertain ? '?' : '!'}
                  </text>
                )}
                {p.partial && !narrow && (
                  <text
                    className="trade-chart__partial-label"
                    x={cx > width - 90 ? cx - 8 : cx + 8}
                    y={cy + 15}
                    textAnchor={cx > width - 90 ? 'end' : 'start'}
                    aria-hidden="true"
                  >
                    {formatPeriod({ year: p.year, months: p.months }, lang)}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      {hover && (
        <div
          className="trade-tooltip"
          role="tooltip"
          style={{
            left: Math.min(Math.max(hover.x, 8), width - 8),
            top: hover.y,
            transform: `translate(${hover.x > width / 2 ? '-100%' : '0'}, ${hover.kind === 'event' ? 'calc(-100% - 12px)' : '12px'})`,
          }}
        >
          {hover.kind === 'point' ? (
            <PointDetails point={hover.point} sources={sources} lang={lang} />
          ) : (
            <>
              <strong>{hover.marker.event.title[lang]}</strong>
              <div>{formatDatePoint(hover.marker.event.date, lang)}</div>
              <div className="muted">{t('tooltip.event')}</div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
