import {
  memo,
  useCallback,
  useMemo,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '@/hooks/use-element-width';
import type { DatasetEvent } from '@data/schema';
import type { CardText } from '../../utils/card-text';
import {
  markAfterKey,
  timelineScene,
  type NavKey,
  type Scene,
  type SceneMark,
} from '../../utils/timeline-scene';
import { colourOf, SHAPE_PATH } from './marks';

interface TimelineChartProps {
  /** The shown events, in date order. */
  events: readonly DatasetEvent[];
  from: number;
  to: number;
  /** The list's open event, marked on the chart. */
  selected: string | null;
  textOf: (event: DatasetEvent) => CardText;
  /** Opens an event in the list; absent where there is no list (the chart-only embed). */
  onOpen?: (id: string) => void;
  svgRef?: RefObject<SVGSVGElement | null>;
}

/** The DOM id of an event's mark. */
export const markId = (id: string) => `tl-mark-${id}`;

const NAV_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);
/** Before the chart is measured (the prerender, jsdom): a desktop column's width. */
const FALLBACK_WIDTH = 900;

/**
 * The events as marks on a time axis, one lane per direction (src/features/visits/utils/
 * timeline-scene.ts). One Tab stop: the arrows move through time within a lane and between
 * lanes, Home and End go to the lane's ends, Enter opens the event in the list. Hover and focus
 * show its date, title and level; a screen reader hears those three only.
 */
export function TimelineChart({ events, from, to, selected, textOf, onOpen, svgRef }: TimelineChartProps) {
  const { t } = useTranslation('visits');
  const { ref: wrapRef, width } = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const scene = useMemo(() => timelineScene(events, from, to, width), [events, from, to, width]);
  // The mark that holds the Tab stop, and the one whose tooltip shows (hover or focus).
  const [active, setActive] = useState<string | null>(null);
  const [tip, setTip] = useState<string | null>(null);

  const indexOf = (id: string | null) => (id === null ? -1 : scene.marks.findIndex((m) => m.event.id === id));
  const latest = scene.marks.reduce((best, m, i) => (best < 0 || m.x > scene.marks[best]!.x ? i : best), -1);
  const tabIndex = [indexOf(active), indexOf(selected), latest].find((i) => i >= 0) ?? -1;

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const current = scene.marks[tabIndex];
    if (!current) return;
    if ((e.key === 'Enter' || e.key === ' ') && onOpen) {
      e.preventDefault();
      onOpen(current.event.id);
      return;
    }
    if (!NAV_KEYS.has(e.key)) return;
    e.preventDefault();
    const next = markAfterKey(scene, tabIndex, e.key as NavKey);
    if (next === undefined) return;
    const id = scene.marks[next]!.event.id;
    setActive(id);
    setTip(id);
    document.getElementById(markId(id))?.focus();
  };

  // Stable, so a year step redraws only the marks whose place or state changed (Mark is memoised).
  const onShow = useCallback((id: string | null) => {
    setTip(id);
    if (id !== null) setActive(id);
  }, []);
  const tipMark = tip === null ? undefined : scene.marks[indexOf(tip)];
  return (
    <div className="tl-chart" ref={wrapRef}>
      <svg
        ref={svgRef}
        className="tl-svg"
        width={scene.width}
        height={scene.height}
        viewBox={`0 0 ${scene.width} ${scene.height}`}
        role="group"
        aria-label={t('timeline.label', { from, to })}
        onKeyDown={onKeyDown}
      >
        <Lanes scene={scene} />
        {/* Marks and ticks are placed by CSS from the years (timeline.css): a year step changes
            these three values, not every mark, so React redraws only marks that change row. */}
        <g
          className="tl-plot"
          style={
            {
              '--from': scene.plot.from,
              '--ppy': `${scene.plot.ppy}px`,
              '--left': `${scene.plot.left}px`,
            } as CSSProperties
          }
        >
          <Axis scene={scene} />
          {scene.overflow.map((o) => (
            <text
              key={`${o.lane}-${o.x}`}
              className="tl-overflow"
              x={o.x}
              y={o.y}
              textAnchor="middle"
              aria-hidden="true"
            >
              +{o.count}
            </text>
          ))}
          {scene.marks.map((m, i) => (
            <Mark
              key={m.event.id}
              event={m.event}
              t={m.t}
              t0={m.t0}
              t1={m.t1}
              y={m.y}
              label={markLabel(textOf(m.event))}
              selected={m.event.id === selected}
              tabbable={i === tabIndex}
              onOpen={onOpen}
              onShow={onShow}
              onHover={setTip}
            />
          ))}
        </g>
      </svg>
      {tipMark && <Tooltip mark={tipMark} text={textOf(tipMark.event)} width={scene.width} />}
    </div>
  );
}

const markLabel = (text: CardText) => `${text.date}, ${text.title}, ${text.level}`;

function Lanes({ scene }: { scene: Scene }) {
  const { t } = useTranslation('visits');
  return (
    <g aria-hidden="true">
      {scene.lanes.map((lane, i) => (
        <g key={lane.dir} className={i % 2 ? 'tl-lane tl-lane--odd' : 'tl-lane'}>
          <rect x={0} y={lane.top} width={scene.width} height={scene.plot.bottom / scene.lanes.length} />
          <text className="tl-lane__label" x={scene.plot.left} y={lane.top + 11}>
            {t(`dir.${lane.dir}`)}
          </text>
        </g>
      ))}
    </g>
  );
}

function Axis({ scene }: { scene: Scene }) {
  const { bottom } = scene.plot;
  return (
    <g className="tl-axis" aria-hidden="true">
      <line x1={scene.plot.left} x2={scene.plot.right} y1={bottom} y2={bottom} />
      {scene.ticks.map((tick) => (
        <Tick key={tick.year} year={tick.year} labelled={tick.labelled} bottom={bottom} />
      ))}
    </g>
  );
}

/** A year's tick, placed by CSS from its year (`--t`): a year step leaves it alone. */
const Tick = memo(function Tick({
  year,
  labelled,
  bottom,
}: {
  year: number;
  labelled: boolean;
  bottom: number;
}) {
  return (
    <g className="tl-at" style={{ '--t': year } as CSSProperties}>
      <line y1={bottom} y2={bottom + (labelled ? 5 : 3)} />
      {labelled && (
        <text y={bottom + 16} textAnchor="middle">
          {year}
        </text>
      )}
    </g>
  );
});

interface MarkProps {
  event: DatasetEvent;
  /** The mark's centre and span in fractional years; `y` its row's centre in px. */
  t: number;
  t0: number;
  t1: number;
  y: number;
  label: string;
  selected: boolean;
  tabbable: boolean;
  onOpen?: (id: string) => void;
  onShow: (id: string | null) => void;
  onHover: (id: string | null) => void;
}

/**
 * One event's mark, drawn at the origin of a group that CSS moves to its date and row, with its
 * span (a month, a year, a range) as a bar whose ends CSS works out from the years.
 */
const Mark = memo(function Mark(props: MarkProps) {
  const { event, t, t0, t1, y, label, selected, tabbable, onOpen, onShow, onHover } = props;
  const spans =
    event.date.precision !== 'day' || (event.date.end !== undefined && event.date.end !== event.date.start);
  return (
    <g
      id={markId(event.id)}
      className={`tl-mark tl-at tl-c-${colourOf(event.kind)}${selected ? ' is-selected' : ''}`}
      style={{ '--t': t, '--y': `${y}px` } as CSSProperties}
      role={onOpen ? 'button' : 'img'}
      // Date, title and level only: the open event is marked for the eye, and the list says it.
      aria-label={label}
      data-selected={selected || undefined}
      tabIndex={tabbable ? 0 : -1}
      onClick={onOpen ? () => onOpen(event.id) : undefined}
      onFocus={() => onShow(event.id)}
      onBlur={() => onShow(null)}
      onPointerEnter={() => onHover(event.id)}
      onPointerLeave={() => onHover(null)}
    >
      {spans && (
        <rect
          className={event.date.circa ? 'tl-span tl-span--circa' : 'tl-span'}
          y={-1}
          height={2}
          style={{ '--d0': t0 - t, '--d1': t1 - t } as CSSProperties}
        />
      )}
      {selected && <circle className="tl-ring" r={8} />}
      <circle className="tl-hit" r={7} />
      <path className="tl-shape" d={SHAPE_PATH[event.level]} />
    </g>
  );
});

/** Date, title and level beside the mark, kept inside the chart's width. */
function Tooltip({ mark, text, width }: { mark: SceneMark; text: CardText; width: number }) {
  const TIP_WIDTH = 240;
  const left = Math.max(0, Math.min(width - TIP_WIDTH, mark.x - TIP_WIDTH / 2));
  return (
    <div className="tl-tip" style={{ left, top: mark.y + 12, width: TIP_WIDTH }} aria-hidden="true">
      <span className="tl-tip__date">{text.date}</span>
      <span className="tl-tip__title">{text.title}</span>
      <span className="tl-tip__level">{text.level}</span>
    </div>
  );
}
