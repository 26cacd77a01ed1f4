import { useTranslation } from 'react-i18next';
import { formatDatePoint } from '@/lib/format';
import { localText } from '@/lib/local-text';
import type { Side } from '@/lib/trade-points';
import type { Lang } from '@/lib/url/lang';
import { type YearRange, yearInRange } from '@/lib/url/year-range';
import type { Source } from '@data/schema';
import type { ChartGeometry, PlacedEvent, Target } from '../../utils/chart-geometry';
import { YearDetails } from './year-details';

/** The year under the pointer (or of the focused point), or an event mark. */
export type Hover = { kind: 'year'; year: number } | { kind: 'event'; index: number };

export interface ChartTooltipProps {
  g: ChartGeometry;
  hoverYear: number | null;
  /** The hovered year's points. */
  yearTargets: Target[];
  hoveredEvent: PlacedEvent | undefined;
  sources: Map<string, Source>;
  lang: Lang;
  /** Say that a click marks the year (not in the embed's frame, where nothing is marked). */
  hint: boolean;
  officialSides: readonly Side[];
  officialSpan: YearRange | null;
}

/**
 * The hovered year's figures, or the hovered event's title and date. It hangs from the top of the
 * plot beside the year's guide line (above an event's mark), on the side with room.
 */
export function ChartTooltip(props: ChartTooltipProps) {
  const { g, hoverYear, hoveredEvent, lang } = props;
  const { t } = useTranslation('trade');
  const tip =
    hoverYear !== null
      ? { x: g.x(hoverYear), y: g.plot.top, below: true }
      : hoveredEvent
        ? { x: hoveredEvent.x, y: hoveredEvent.y, below: false }
        : null;
  if (!tip) return null;
  // Within the official statistics' years, a chosen side without a value reported none.
  const span = props.officialSpan;
  const sides = hoverYear !== null && span && yearInRange(hoverYear, span) ? props.officialSides : [];
  const flip = tip.x > g.width / 2;
  return (
    <div
      className="trade-tooltip"
      role="tooltip"
      style={{
        left: flip ? tip.x - 12 : tip.x + 12,
        top: tip.y,
        transform: `translate(${flip ? '-100%' : '0'}, ${tip.below ? '0' : 'calc(-100% - 12px)'})`,
      }}
    >
      {hoverYear !== null ? (
        <YearDetails
          year={hoverYear}
          sides={sides}
          points={props.yearTargets.map((x) => x.point)}
          sources={props.sources}
          lang={lang}
          hint={props.hint}
        />
      ) : (
        <>
          <strong>{localText(hoveredEvent!.marker.event.title, lang)}</strong>
          <div>{formatDatePoint(hoveredEvent!.marker.event.date, lang)}</div>
          <div className="muted">{t('tooltip.event')}</div>
        </>
      )}
    </div>
  );
}
