import type { TFunction } from 'i18next';
import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatDatePoint, formatPeriod } from '@/lib/format';
import { keyStep } from '@/lib/key-step';
import { localText } from '@/lib/local-text';
import { localPublisher } from '@/lib/publishers';
import type { Lang } from '@/lib/url/lang';
import type { YearRange } from '@/lib/url/year-range';
import type { Source } from '@data/schema';
import { useFieldsMemo } from '../../hooks/use-fields-memo';
import { compactUsd, pointValueText } from '../../utils/chart-format';
import {
  chartGeometry,
  leftmost,
  legendKeys,
  readingOrder,
  SIDES,
  TITLE_LINE,
  type LegendEntry,
  type Side,
} from '../../utils/chart-geometry';
import type { EventMarker } from '../../utils/trade-context';
import type { Scale, TradeParams } from '../../utils/trade-params';
import type { TradePoint } from '../../utils/trade-series';
import { ChartAxes } from './chart-axes';
import { ChartLegend } from './chart-legend';
import { ChartMarks } from './chart-marks';
import { EventStrip } from './event-strip';
import { YearDetails } from './year-details';

export interface TradeChartProps {
  /** Official (IMF) values shown, in reading order. */
  official: TradePoint[];
  /** Press figures shown, in reading order (empty in the mirror view). */
  press: TradePoint[];
  events: EventMarker[];
  range: YearRange;
  scale: Scale;
  mirror: boolean;
  width: number;
  highlightYear: number | null;
  lang: Lang;
  title: string;
  /** The source line at the foot of the chart (it travels with an exported image). */
  sourceLine: string;
  sources: Map<string, Source>;
  eventHref: (id: string) => string;
  /** Opens an event in Visits, with the current years. */
  onOpenEvent: (eventId: string) => void;
  /** Marks a year (the view lists its figures under the chart); none in the embed's frame. */
  onSelectYear?: (year: number) => void;
  /** The sides whose official figures the reader chose to see. */
  officialSides: readonly Side[];
  /** The years the official statistics cover: within them a side without a value "reported none". */
  officialSpan: YearRange | null;
  svgRef?: Ref<SVGSVGElement>;
  /** A shorter plot than the view's default (the chart-only embed fits a fixed frame). */
  plotHeight?: number;
}

/**
 * What the chart draws from a series and the view's params (the one reading of them that the
 * view, its print and its chart-only embed share): points, events, years, scale, title and
 * source line. A balance is always linear (a log axis cannot show a deficit).
 */
export function chartDataProps(
  s: { official: TradePoint[]; press: TradePoint[]; events: EventMarker[]; chartRange: YearRange },
  params: Pick<TradeParams, 'flow' | 'scale' | 'mirror' | 'year' | 'series'>,
  lang: Lang,
  sources: Map<string, Source>,
  t: TFunction<'trade'>,
  officialSpan: YearRange | null,
) {
  return {
    officialSides: SIDES.filter((side) => params.series.includes(side)),
    officialSpan,
    official: s.official,
    press: s.press,
    events: s.events,
    range: s.chartRange,
    scale: params.flow === 'balance' ? ('linear' as const) : params.scale,
    mirror: params.mirror,
    highlightYear: params.year,
    lang,
    title: t('chartTitle', {
      flow: t(`flowTitle.${params.flow}`),
      from: s.chartRange.from,
      to: s.chartRange.to,
    }),
    sourceLine: t(params.mirror ? 'sourceLineOfficial' : 'sourceLine'),
    sources,
  };
}

/** The year under the pointer (or of the focused point), or an event mark. */
type Hover = { kind: 'year'; year: number } | { kind: 'event'; index: number };

/**
 * Trade over time: each side's official statistics as a line (broken where a year is missing),
 * figures quoted in the news as marks on their year and never joined, top-level events on a strip
 * under the axis. Hover or tap picks the nearest year, not the nearest mark, and names every
 * series for it (OWID's reading: the reader aims at a year, not at a 5 px dot).
 *
 * Drawn by hand in SVG rather than with Recharts: Recharts is a 96 KB (gzip) chunk, which the
 * Trade route's first paint cannot afford within its JS budget, and merged paths (one per series
 * and style) keep a year step to a few attribute writes on the 100× bench data. The geometry is
 * pure (`utils/chart-geometry.ts`); this component only draws it and handles hover and keys.
 */
export const TradeChart = memo(function TradeChart(props: TradeChartProps) {
  const { official, press, events, range, scale, width, lang, sources } = props;
  const { t } = useTranslation('trade');
  const [hover, setHover] = useState<Hover | null>(null);
  const [cursorId, setCursorId] = useState<string | null>(null);
  const [eventCursor, setEventCursor] = useState(0);
  const focusRef = useRef<SVGGElement>(null);

  const legendSignature = legendKeys(official, press, events, props.mirror).join(',');
  const legend: LegendEntry[] = useMemo(
    () =>
      legendSignature
        .split(',')
        .filter(Boolean)
        .map((key) => ({ key, label: t(`legend.${key}`) })),
    [legendSignature, t],
  );
  const tickLabel = useCallback((v: number) => compactUsd(v, lang), [lang]);
  const g = useFieldsMemo(chartGeometry, {
    official,
    press,
    events,
    range,
    width,
    scale,
    legend,
    mirror: props.mirror,
    footer: props.sourceLine,
    tickLabel,
    plotHeight: props.plotHeight,
    title: props.title,
  });
  // The focus layer sits on one point, kept by id across year steps. The keyboard order (a sort
  // of every target) is worked out only when an arrow key is pressed, not on every step.
  const focusIndex = () => {
    if (cursorId !== null) {
      const i = g.targets.findIndex((t) => t.point.id === cursorId);
      if (i >= 0) return i;
    }
    return leftmost(g.targets);
  };
  const pointLabel = (p: TradePoint) =>
    t('pointLabel', {
      value: pointValueText(p, lang),
      period: formatPeriod({ year: p.year, months: p.months }, lang),
      reporter: t(`reporterLong.${p.kind}.${p.reporter}`),
      source: [...new Set([...p.figures, ...p.cells].map((f) => f.sourceId))]
        .map((id) => {
          const s = sources.get(id);
          return s ? localPublisher(s, lang) : t('unknownSource');
        })
        .join(' + '),
    });

  const yearAtPointer = (e: MouseEvent<SVGRectElement>) =>
    g.yearAt(e.clientX - e.currentTarget.ownerSVGElement!.getBoundingClientRect().left);
  const onPlotMove = (e: MouseEvent<SVGRectElement>) => {
    const year = yearAtPointer(e);
    if (hover?.kind !== 'year' || hover.year !== year) setHover({ kind: 'year', year });
  };
  // A finger "leaves" as it lifts: a tapped year keeps its tooltip until the next tap elsewhere.
  const leave = (e: PointerEvent) => {
    if (e.pointerType !== 'touch') setHover(null);
  };
  const onPlotClick = (e: MouseEvent<SVGRectElement>) => props.onSelectYear?.(yearAtPointer(e));
  const onFocusKey = (e: KeyboardEvent) => {
    const order = readingOrder(g.targets);
    const at = order.indexOf(focusIndex());
    const next = keyStep(e.key, at, order.length);
    if (next !== null) {
      e.preventDefault();
      const i = order[next]!;
      setCursorId(g.targets[i]!.point.id);
      setHover({ kind: 'year', year: g.targets[i]!.point.year });
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const i = focusIndex();
      if (i >= 0) props.onSelectYear?.(g.targets[i]!.point.year);
    } else if (e.key === 'Escape') {
      setHover(null);
    }
  };

  const focused = focusIndex();
  const focusTarget = focused >= 0 ? g.targets[focused] : undefined;
  const hoverYear = hover?.kind === 'year' ? hover.year : null;
  const yearTargets = hoverYear === null ? [] : g.targets.filter((x) => x.point.year === hoverYear);
  const hoveredEvent = hover?.kind === 'event' ? g.events[hover.index] : undefined;
  const activeEvent = g.events[Math.min(eventCursor, g.events.length - 1)];
  const highlight =
    props.highlightYear !== null && props.highlightYear >= range.from && props.highlightYear <= range.to
      ? g.band(props.highlightYear)
      : null;
  // Within the official statistics' years, a chosen side without a value reported none.
  const span = props.officialSpan;
  const sides =
    hoverYear !== null && span && hoverYear >= span.from && hoverYear <= span.to ? props.officialSides : [];
  // The tooltip hangs from the top of the plot beside the year's guide line, on the side with room.
  const tip =
    hoverYear !== null
      ? { x: g.x(hoverYear), y: g.plot.top, below: true }
      : hoveredEvent
        ? { x: hoveredEvent.x, y: hoveredEvent.y, below: false }
        : null;
  const base = g.plot.top + g.plot.height;

  return (
    <div className="trade-chart" onPointerLeave={leave}>
      <svg
        ref={props.svgRef}
        className="trade-chart__svg"
        width={width}
        height={g.height}
        viewBox={`0 0 ${width} ${g.height}`}
        role="group"
        aria-labelledby="trade-chart-title"
        fontFamily="inherit"
      >
        <title id="trade-chart-title">{props.title}</title>
        <text className="trade-chart__heading" x={g.narrow ? 4 : g.plot.left} y={g.title.y}>
          {g.title.lines.map((line, i) => (
            <tspan key={i} x={g.narrow ? 4 : g.plot.left} dy={i === 0 ? 0 : TITLE_LINE}>
              {line}
            </tspan>
          ))}
        </text>
        <ChartLegend entries={g.legend} />
        {highlight && (
          <rect
            className="trade-chart__highlight"
            x={highlight.x}
            width={highlight.width}
            y={g.plot.top}
            height={g.plot.height}
          />
        )}
        <ChartAxes g={g} lang={lang} />
        <EventStrip
          g={g}
          active={eventCursor}
          href={props.eventHref}
          label={
            activeEvent
              ? t('eventLabel', {
                  date: formatDatePoint(activeEvent.marker.event.date, lang),
                  title: localText(activeEvent.marker.event.title, lang),
                })
              : ''
          }
          onActive={(index, show) => {
            setEventCursor(index);
            setHover(show ? { kind: 'event', index } : null);
          }}
          onLeave={() => setHover(null)}
          onOpen={props.onOpenEvent}
        />
        <ChartMarks g={g} />
        <rect
          className="trade-chart__hit"
          x={g.plot.left - 10}
          y={g.plot.top - 10}
          width={g.plot.width + 20}
          height={g.plot.height + 20}
          onPointerMove={onPlotMove}
          onPointerDown={onPlotMove}
          onPointerLeave={leave}
          onClick={onPlotClick}
        />
        {focusTarget && (
          <g
            ref={focusRef}
            className="trade-chart__focus"
            tabIndex={0}
            role="button"
            data-id={focusTarget.point.id}
            aria-label={pointLabel(focusTarget.point)}
            onKeyDown={onFocusKey}
            onFocus={() => setHover({ kind: 'year', year: focusTarget.point.year })}
            onBlur={() => setHover(null)}
          >
            <circle className="trade-chart__focus-ring" cx={focusTarget.x} cy={focusTarget.y} r={9} />
          </g>
        )}
        {hoverYear !== null && (
          <g className="trade-chart__pointer" aria-hidden="true">
            <line x1={g.x(hoverYear)} x2={g.x(hoverYear)} y1={g.plot.top} y2={base} />
            {yearTargets.slice(0, 24).map((x) => (
              <circle key={x.point.id} className="trade-chart__hover-ring" cx={x.x} cy={x.y} r={8} />
            ))}
            {/* The year under the pointer is always named, even where the axis skips labels. */}
            <rect x={g.x(hoverYear) - 19} y={base + 4} width={38} height={17} rx={3} />
            <text x={g.x(hoverYear)} y={base + 17} textAnchor="middle">
              {hoverYear}
            </text>
          </g>
        )}
        <text className="trade-chart__source" x={g.narrow ? 4 : g.plot.left} y={g.footer.y}>
          {g.footer.lines.map((line, i) => (
            <tspan key={i} x={g.narrow ? 4 : g.plot.left} dy={i === 0 ? 0 : 14}>
              {line}
            </tspan>
          ))}
        </text>
      </svg>
      {tip && (
        <div
          className="trade-tooltip"
          role="tooltip"
          style={{
            left: tip.x > width / 2 ? tip.x - 12 : tip.x + 12,
            top: tip.y,
            transform: `translate(${tip.x > width / 2 ? '-100%' : '0'}, ${tip.below ? '0' : 'calc(-100% - 12px)'})`,
          }}
        >
          {hoverYear !== null ? (
            <YearDetails
              year={hoverYear}
              sides={sides}
              points={yearTargets.map((x) => x.point)}
              sources={sources}
              lang={lang}
              hint={props.onSelectYear !== undefined}
            />
          ) : (
            <>
              <strong>{localText(hoveredEvent!.marker.event.title, lang)}</strong>
              <div>{formatDatePoint(hoveredEvent!.marker.event.date, lang)}</div>
              <div className="muted">{t('tooltip.event')}</div>
            </>
          )}
        </div>
      )}
    </div>
  );
});
