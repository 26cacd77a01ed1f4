import type { Source } from '@data/schema';
import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDatePoint, formatPeriod } from '@/lib/format';
import type { Lang } from '@/lib/url/lang';
import type { YearRange } from '@/lib/url/year-range';
import { compactUsd, pointValueText, yearTicks } from '../utils/chart-format';
import { linearScale, logScale } from '../utils/scales';
import type { EventMarker } from '../utils/trade-context';
import { REPORTERS, type Reporter, type Scale } from '../utils/trade-params';
import type { ChartLayout, TradePoint } from '../utils/trade-series';
import { useStableCallback } from '@/hooks/use-stable-callback';
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
  /** Opens an event in Visits, with the current years. */
  onOpenEvent: (eventId: string) => void;
  onSelectYear: (year: number) => void;
  svgRef?: Ref<SVGSVGElement>;
}

type Hover =
  | { kind: 'point'; point: TradePoint; x: number; y: number }
  | { kind: 'event'; marker: EventMarker; x: number; y: number };

const LEGEND_ROW = 18;
const EVENT_ROWS = 4;

/**
 * Trade over time, one series per reporter: lines join consecutive full years only; a part of
 * a year is a hollow marker on its own; conflicting figures are joined by a thin red dotted
 * line; events sit on a strip under the axis. Drawn by hand so every figure, shape and dash
 * is under control and the SVG can be saved as it is.
 */
export const TradeChart = memo(function TradeChart(props: TradeChartProps) {
  const {
    points,
    layout,
    events,
    range,
    scale,
    series,
    width,
    highlightYear,
    lang,
    title,
    sources,
    eventHref,
  } = props;
  const { t } = useTranslation('trade');
  const [hover, setHover] = useState<Hover | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const pointsGroup = useRef<SVGGElement>(null);

  const narrow = width < 520;
  const legendItems = useMemo(() => {
    const items: { key: string; label: string; width: number }[] = REPORTERS.filter((r) =>
      series.includes(r),
    ).map((r) => ({
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
  const sx = useMemo(
    () => (x: number) => margin0.left + ((x - x0) / (x1 - x0)) * plotWidth,
    [margin0.left, x0, x1, plotWidth],
  );

  // Events close together are stacked in rows under the axis so that each stays reachable.
  const { eventRows, rowCount } = useMemo(() => {
    const rows = new Map<string, number>();
    const rowEnds: number[] = [];
    for (const m of events) {
      const cx = sx(m.x);
      let row = rowEnds.findIndex((end) => end < cx - 12);
      if (row === -1 && rowEnds.length < EVENT_ROWS) row = rowEnds.length;
      if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[row] = cx;
      rows.set(m.event.id, row);
    }
    return { eventRows: rows, rowCount: rowEnds.length };
  }, [events, sx]);
  const margin = {
    ...margin0,
    top: 24 + legendRows.length * LEGEND_ROW + 10,
    bottom: events.length ? 36 + rowCount * 13 : 30,
  };
  const plotHeight = narrow ? 230 : 300;
  const height = margin.top + plotHeight + margin.bottom;
  const tickCount = narrow ? 4 : 6;
  const plotTop = margin.top;
  const sy = useMemo(() => {
    const values = points.map((p) => p.valueUsd);
    const yRange: [number, number] = [plotTop + plotHeight, plotTop];
    return scale === 'log' ? logScale(values, yRange, tickCount) : linearScale(values, yRange, tickCount);
  }, [points, scale, plotTop, plotHeight, tickCount]);
  const xTicks = yearTicks(range.from, range.to, plotWidth);
  const byId = useMemo(() => new Map(points.map((p) => [p.id, p])), [points]);
  const ordered = useMemo(
    () => [...points].sort((a, b) => (layout.x.get(a.id) ?? 0) - (layout.x.get(b.id) ?? 0)),
    [points, layout],
  );
  const px = (p: TradePoint) => sx(layout.x.get(p.id) ?? p.year);
  const py = (p: TradePoint) => sy(p.valueUsd);

  const conflicts = useMemo(() => {
    const pairs: [TradePoint, TradePoint][] = [];
    for (const p of points) {
      for (const f of p.figures) {
        for (const id of f.conflictsWith ?? []) {
          const q = byId.get(id);
          if (q && p.id < q.id) pairs.push([p, q]);
        }
      }
    }
    return pairs;
  }, [points, byId]);

  // Labels are text work (number and date formatting): each is made once per point or event and
  // language, and kept while the years change, so a year step formats only what came into view.
  const pointLabel = useMemo(() => {
    const cache = new WeakMap<TradePoint, string>();
    const sourceText = (p: TradePoint) =>
      p.figures.map((f) => sources.get(f.sourceId)?.publisher ?? t('unknownSource')).join(' + ');
    return (p: TradePoint) => {
      let label = cache.get(p);
      if (label === undefined) {
        label = t('pointLabel', {
          value: pointValueText(p, lang),
          period: formatPeriod({ year: p.year, months: p.months }, lang),
          reporter: t(`reporterLong.${p.reporter}`),
          source: sourceText(p),
        });
        cache.set(p, label);
      }
      return label;
    };
  }, [sources, lang, t]);
  const periodLabel = useMemo(() => {
    const cache = new WeakMap<TradePoint, string>();
    return (p: TradePoint) => {
      let label = cache.get(p);
      if (label === undefined) cache.set(p, (label = formatPeriod({ year: p.year, months: p.months }, lang)));
      return label;
    };
  }, [lang]);
  const eventLabel = useMemo(() => {
    const cache = new WeakMap<EventMarker, string>();
    return (m: EventMarker) => {
      let label = cache.get(m);
      if (label === undefined) {
        label = t('eventLabel', { date: formatDatePoint(m.event.date, lang), title: m.event.title[lang] });
        cache.set(m, label);
      }
      return label;
    };
  }, [lang, t]);

  const focusPoint = (i: number) => (pointsGroup.current?.children[i] as SVGGElement | undefined)?.focus();
  const onPointKey = useStableCallback((e: KeyboardEvent, index: number) => {
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? index + 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? ordered.length - 1
              : null;
    if (next !== null) {
      e.preventDefault();
      const i = Math.max(0, Math.min(ordered.length - 1, next));
      setFocusIndex(i);
      focusPoint(i);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onSelectYear(ordered[index]!.year);
    } else if (e.key === 'Escape') {
      setHover(null);
    }
  });
  const hoverPoint = useCallback(
    (point: TradePoint, x: number, y: number) => setHover({ kind: 'point', point, x, y }),
    [],
  );
  const focusPointAt = useCallback((i: number, point: TradePoint, x: number, y: number) => {
    setFocusIndex(i);
    setHover({ kind: 'point', point, x, y });
  }, []);
  const hoverEvent = useCallback(
    (marker: EventMarker, x: number, y: number) => setHover({ kind: 'event', marker, x, y }),
    [],
  );
  const leave = useCallback(() => setHover(null), []);
  const stripTop = margin.top + plotHeight + 34;
  const tabbable = Math.min(focusIndex, ordered.length - 1);
  const activeEvent = hover?.kind === 'event' ? hover.marker : null;

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
                      <line
                        className={`trade-line trade-series-${item.key}`}
                        x1={0}
                        x2={24}
                        y1={0}
                        y2={0}
                        strokeDasharray={SERIES_DASH[item.key as Reporter]}
                      />
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
          <rect
            className="trade-chart__highlight"
            x={sx(highlightYear - 0.5)}
            width={sx(highlightYear + 0.5) - sx(highlightYear - 0.5)}
            y={margin.top}
            height={plotHeight}
          />
        )}

        <g className="trade-chart__grid" aria-hidden="true">
          {sy.ticks.map((v) => (
            <g key={v}>
              <line
                className="trade-chart__gridline"
                x1={margin.left}
                x2={margin.left + plotWidth}
                y1={sy(v)}
                y2={sy(v)}
              />
              <text className="trade-chart__tick" x={margin.left - 6} y={sy(v) + 4} textAnchor="end">
                {compactUsd(v, lang)}
              </text>
            </g>
          ))}
          {scale === 'linear' && sy.domain[0] < 0 && (
            <line
              className="trade-chart__zero"
              x1={margin.left}
              x2={margin.left + plotWidth}
              y1={sy(0)}
              y2={sy(0)}
            />
          )}
          <line
            className="trade-chart__axis"
            x1={margin.left}
            x2={margin.left + plotWidth}
            y1={margin.top + plotHeight}
            y2={margin.top + plotHeight}
          />
          {xTicks.map((year) => (
            <g key={year}>
              <line
                className="trade-chart__axis"
                x1={sx(year)}
                x2={sx(year)}
                y1={margin.top + plotHeight}
                y2={margin.top + plotHeight + 4}
              />
              <text
                className="trade-chart__tick"
                x={sx(year)}
                y={margin.top + plotHeight + 17}
                textAnchor="middle"
              >
                {year}
              </text>
            </g>
          ))}
        </g>

        {events.length > 0 && (
          <g className="trade-chart__events">
            {events.map((m) => (
              <EventLine
                key={`l-${m.event.id}`}
                x={sx(m.x)}
                top={margin.top}
                bottom={margin.top + plotHeight}
                active={activeEvent === m}
              />
            ))}
            {events.map((m) => (
              <EventMark
                key={m.event.id}
                marker={m}
                href={eventHref(m.event.id)}
                label={eventLabel(m)}
                cx={sx(m.x)}
                cy={stripTop + (eventRows.get(m.event.id) ?? 0) * 13}
                onHover={hoverEvent}
                onLeave={leave}
                onOpen={props.onOpenEvent}
              />
            ))}
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
            <line
              key={`${a.id}~${b.id}`}
              className="trade-chart__conflict"
              x1={px(a)}
              y1={py(a)}
              x2={px(b)}
              y2={py(b)}
            />
          ))}
        </g>

        <g className="trade-chart__points" ref={pointsGroup}>
          {ordered.map((p, i) => {
            const cx = px(p);
            return (
              <ChartPoint
                key={p.id}
                point={p}
                index={i}
                cx={cx}
                cy={py(p)}
                label={pointLabel(p)}
                periodLabel={!narrow && p.partial ? periodLabel(p) : undefined}
                labelLeft={cx > width - 90}
                tabbable={i === tabbable}
                highlighted={p.year === highlightYear}
                size={narrow ? 4.5 : 5.5}
                onHover={hoverPoint}
                onFocusPoint={focusPointAt}
                onLeave={leave}
                onSelectYear={props.onSelectYear}
                onKey={onPointKey}
              />
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
});

interface ChartPointProps {
  point: TradePoint;
  index: number;
  cx: number;
  cy: number;
  label: string;
  /** The months of a part of a year, written beside its marker (wide charts only). */
  periodLabel: string | undefined;
  labelLeft: boolean;
  tabbable: boolean;
  highlighted: boolean;
  size: number;
  onHover: (point: TradePoint, x: number, y: number) => void;
  onFocusPoint: (index: number, point: TradePoint, x: number, y: number) => void;
  onLeave: () => void;
  onSelectYear: (year: number) => void;
  onKey: (e: KeyboardEvent, index: number) => void;
}

/**
 * One figure's marker; memoised so that a year step re-renders only markers that changed. Shapes
 * carry their own coordinates rather than a transform each: thousands of transforms would make
 * every repaint of the page re-layerize thousands of paint chunks.
 */
const ChartPoint = memo(function ChartPoint(props: ChartPointProps) {
  const { point: p, index, cx, cy } = props;
  return (
    <g
      className={`trade-chart__point${props.highlighted ? ' is-highlighted' : ''}`}
      data-id={p.id}
      tabIndex={props.tabbable ? 0 : -1}
      role="button"
      aria-label={props.label}
      onPointerEnter={() => props.onHover(p, cx, cy)}
      onFocus={() => props.onFocusPoint(index, p, cx, cy)}
      onBlur={props.onLeave}
      onClick={() => props.onSelectYear(p.year)}
      onKeyDown={(e) => props.onKey(e, index)}
    >
      <PointGlyph
        point={p}
        cx={cx}
        cy={cy}
        size={props.size}
        periodLabel={props.periodLabel}
        labelLeft={props.labelLeft}
      />
    </g>
  );
});

const PointGlyph = memo(function PointGlyph({
  point: p,
  cx,
  cy,
  size,
  periodLabel,
  labelLeft,
}: {
  point: TradePoint;
  cx: number;
  cy: number;
  size: number;
  periodLabel: string | undefined;
  labelLeft: boolean;
}) {
  return (
    <>
      <circle cx={cx} cy={cy} r={11} fill="transparent" />
      <SeriesMarker reporter={p.reporter} x={cx} y={cy} hollow={p.partial} size={size} />
      {(p.uncertain || p.conflicting) && (
        <text className="trade-chart__flag" x={cx + 6} y={cy - 6} aria-hidden="true">
          {p.uncertain ? '?' : '!'}
        </text>
      )}
      {periodLabel !== undefined && (
        <text
          className="trade-chart__partial-label"
          x={labelLeft ? cx - 8 : cx + 8}
          y={cy + 15}
          textAnchor={labelLeft ? 'end' : 'start'}
          aria-hidden="true"
        >
          {periodLabel}
        </text>
      )}
    </>
  );
});

/** An event's thin line across the plot (decoration; the link sits on the strip below). */
const EventLine = memo(function EventLine({
  x,
  top,
  bottom,
  active,
}: {
  x: number;
  top: number;
  bottom: number;
  active: boolean;
}) {
  return (
    <line
      className={`trade-chart__event-line${active ? ' is-active' : ''}`}
      x1={x}
      x2={x}
      y1={top}
      y2={bottom}
      aria-hidden="true"
    />
  );
});

interface EventMarkProps {
  marker: EventMarker;
  href: string;
  label: string;
  cx: number;
  cy: number;
  onHover: (marker: EventMarker, x: number, y: number) => void;
  onLeave: () => void;
  onOpen: (eventId: string) => void;
}

/** An event's diamond on the strip under the axis: a link to the event in Visits. */
const EventMark = memo(function EventMark({
  marker,
  href,
  label,
  cx,
  cy,
  onHover,
  onLeave,
  onOpen,
}: EventMarkProps) {
  return (
    <a
      href={href}
      className="trade-chart__event"
      aria-label={label}
      onClick={(e) => {
        e.preventDefault();
        onOpen(marker.event.id);
      }}
      onPointerEnter={() => onHover(marker, cx, cy)}
      onFocus={() => onHover(marker, cx, cy)}
      onBlur={onLeave}
    >
      <rect x={cx - 6} y={cy - 6.5} width={12} height={13} fill="transparent" />
      <path
        className="trade-chart__event-mark"
        d={`M${cx},${cy - 5.5} L${cx + 4.5},${cy} L${cx},${cy + 5.5} L${cx - 4.5},${cy} Z`}
      />
    </a>
  );
});
