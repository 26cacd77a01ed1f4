import type { TFunction } from 'i18next';
import { memo, useCallback, useMemo, useState, type PointerEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldsMemo } from '@/hooks/use-fields-memo';
import { SIDES, type Side, type TradePoint } from '@/lib/trade-points';
import type { Lang } from '@/lib/url/lang';
import { type YearRange, yearInRange } from '@/lib/url/year-range';
import type { Source } from '@data/schema';
import { compactUsd } from '../../utils/chart-format';
import { chartGeometry, legendKeys, TITLE_LINE, type LegendEntry } from '../../utils/chart-geometry';
import type { EventMarker } from '../../utils/trade-context';
import type { Scale, TradeParams } from '../../utils/trade-params';
import { ChartAxes } from './chart-axes';
import { ChartLegend } from './chart-legend';
import { ChartMarks } from './chart-marks';
import { ChartText } from './chart-text';
import { ChartTooltip, type Hover } from './chart-tooltip';
import { EventStrip } from './event-strip';
import { FocusPoint } from './focus-point';
import { PlotHitArea, YearPointer } from './plot-pointer';

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

/**
 * Trade over time: each side's official statistics as a line (broken where a year is missing),
 * figures quoted in the news as marks on their year and never joined, top-level events on a strip
 * under the axis. Hover or tap picks the nearest year, not the nearest mark, and names every
 * series for it (OWID's reading: the reader aims at a year, not at a 5 px dot).
 *
 * Drawn by hand in SVG rather than with Recharts: Recharts is a 96 KB (gzip) chunk, which the
 * Trade route's first paint cannot afford within its JS budget, and merged paths (one per series
 * and style) keep a year step to a few attribute writes on the 100× bench data. The geometry is
 * pure (`utils/chart-geometry.ts`); this component and its children only draw it and handle hover and keys.
 */
export const TradeChart = memo(function TradeChart(props: TradeChartProps) {
  const { range, width, lang } = props;
  const [hover, setHover] = useState<Hover | null>(null);
  const g = useTradeChartGeometry(props);
  const showYear = (year: number | null) =>
    setHover((h) =>
      year === null ? null : h?.kind === 'year' && h.year === year ? h : { kind: 'year', year },
    );
  // One function for the chart's life, so the memoised strip skips a render when the reader hovers a year.
  const hoverEvent = useCallback(
    (index: number | null) => setHover(index === null ? null : { kind: 'event', index }),
    [],
  );
  // A finger "leaves" as it lifts: a tapped year keeps its tooltip until the next tap elsewhere.
  const leave = (e: PointerEvent) => {
    if (e.pointerType !== 'touch') setHover(null);
  };

  const hoverYear = hover?.kind === 'year' ? hover.year : null;
  const yearTargets = hoverYear === null ? [] : g.targets.filter((x) => x.point.year === hoverYear);
  const highlight =
    props.highlightYear !== null && yearInRange(props.highlightYear, range)
      ? g.band(props.highlightYear)
      : null;

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
        <ChartText g={g} className="trade-chart__heading" text={g.title} step={TITLE_LINE} />
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
          lang={lang}
          href={props.eventHref}
          onHover={hoverEvent}
          onOpen={props.onOpenEvent}
        />
        <ChartMarks g={g} />
        <PlotHitArea g={g} onHoverYear={showYear} onLeave={leave} onSelectYear={props.onSelectYear} />
        <FocusPoint
          g={g}
          sources={props.sources}
          lang={lang}
          onHoverYear={showYear}
          onSelectYear={props.onSelectYear}
        />
        {hoverYear !== null && <YearPointer g={g} year={hoverYear} targets={yearTargets} />}
        <ChartText g={g} className="trade-chart__source" text={g.footer} step={14} />
      </svg>
      <ChartTooltip
        g={g}
        hoverYear={hoverYear}
        yearTargets={yearTargets}
        hoveredEvent={hover?.kind === 'event' ? g.events[hover.index] : undefined}
        sources={props.sources}
        lang={lang}
        hint={props.onSelectYear !== undefined}
        officialSides={props.officialSides}
        officialSpan={props.officialSpan}
      />
    </div>
  );
});

/**
 * The chart's geometry for these props and the legend for what they draw, laid out again only
 * when an input changes (a hover does not lay the chart out again).
 */
function useTradeChartGeometry(props: TradeChartProps) {
  const { official, press, events, lang } = props;
  const { t } = useTranslation('trade');
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
  return useFieldsMemo(chartGeometry, {
    official,
    press,
    events,
    range: props.range,
    width: props.width,
    scale: props.scale,
    legend,
    mirror: props.mirror,
    footer: props.sourceLine,
    tickLabel,
    plotHeight: props.plotHeight,
    title: props.title,
  });
}
