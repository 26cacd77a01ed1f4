import { geoPath } from 'd3-geo';
import { useMemo, type FocusEvent, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDatePoint } from '@/lib/format';
import { localText } from '@/lib/local-text';
import { sinceYear } from '@/lib/partnerships';
import type { Lang } from '@/lib/url/lang';
import type { Partnership, Place } from '@data/schema';
import type { Archipelago, CountryFeature, IslandFeature } from '../api/geo-query';
import { useCountryName } from '../hooks/use-country-name';
import { usePairPicking } from '../hooks/use-pair-picking';
import { backdropName } from '../utils/country-names';
import { bucketOf, type PeriodBucket } from '../utils/filter-pairs';
import { projectArchipelagos, type ProjectedArchipelago } from '../utils/islands';
import { curvePath, layoutInsets, type LayoutOptions } from '../utils/map-layout';
import {
  INSETS,
  ISLAND_FONT,
  R,
  insetProjections,
  mapLabels,
  pairCurves,
  projectPlaces,
} from '../utils/map-scene';
import type { Focus, Highlight } from '../utils/selection';
import { IslandMarks, IslandShapes, islandKey } from './island-layer';

interface PartnersMapProps {
  width: number;
  countries: CountryFeature[];
  /** Hoàng Sa and Trường Sa, drawn as part of Vietnam. */
  islands: IslandFeature[];
  /** Localities to draw (Vietnamese and Belarusian ones with coordinates). */
  places: Place[];
  /** Pairs to draw as connectors. */
  pairs: Partnership[];
  counts: ReadonlyMap<string, number>;
  buckets: PeriodBucket[];
  highlight: Highlight | null;
  selected: Focus | null;
  onSelect: (focus: Focus) => void;
  onHover: (focus: Focus | null) => void;
  lang: Lang;
  /** Overrides of the inset layout (the chart-only embed keeps the insets side by side at 600 px). */
  layoutOptions?: LayoutOptions;
  /** The `<svg>`, for image downloads. */
  svgRef?: Ref<SVGSVGElement>;
}

/** Two insets (Belarus, Vietnam) with localities as symbols and partnerships as connectors. */
export function PartnersMap(props: PartnersMapProps) {
  const {
    width,
    countries,
    islands,
    places,
    pairs,
    counts,
    buckets,
    highlight,
    selected,
    onSelect,
    onHover,
  } = props;
  const { lang, layoutOptions, svgRef } = props;
  const { t } = useTranslation('partners');
  const country = useCountryName(lang);
  const narrow = layoutOptions?.narrow;
  const minHeight = layoutOptions?.minHeight;
  const maxHeight = layoutOptions?.maxHeight;
  const layout = useMemo(
    () => layoutInsets(width, { narrow, minHeight, maxHeight }),
    [width, narrow, minHeight, maxHeight],
  );

  const projections = useMemo(
    () => insetProjections(countries, islands, layout),
    [countries, islands, layout],
  );
  const geo = useMemo(() => {
    const byInset: Partial<Record<(typeof INSETS)[number], { d: string; f: CountryFeature }[]>> = {};
    for (const code of INSETS) {
      const projection = projections[code];
      if (!projection) continue;
      const path = geoPath(projection);
      byInset[code] = countries
        .filter((f) => f.properties.inset === code)
        // The focus country last, so its outline sits on top of the neighbours'.
        .sort((a, b) => Number(a.properties.code !== null) - Number(b.properties.code !== null))
        .map((f) => ({ d: path(f) ?? '', f }));
    }
    return byInset;
  }, [countries, projections]);

  const isles = useMemo(() => {
    const projection = projections.VN;
    if (!projection) return { shapes: [], projected: [] as ProjectedArchipelago[] };
    const path = geoPath(projection);
    return {
      shapes: islands.map((f) => ({ archipelago: f.properties.archipelago, d: path(f) ?? '' })),
      projected: projectArchipelagos(projection, islands),
    };
  }, [projections, islands]);

  const points = useMemo(() => projectPlaces(places, projections), [places, projections]);
  const labels = useMemo(
    () =>
      mapLabels(points, counts, layout, isles.projected, {
        place: (p) => localText(p.names, lang),
        island: (a: Archipelago) => t(islandKey(a)),
        sea: t('islands.sea'),
      }),
    [points, counts, lang, layout, isles, t],
  );
  const curves = useMemo(() => pairCurves(pairs, points, layout.flow), [pairs, points, layout.flow]);
  const picking = usePairPicking(curves, onSelect, onHover);

  const names = new Map(places.map((p) => [p.id, localText(p.names, lang)]));
  const keySelect = (focus: Focus) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(focus);
    }
  };
  // Pairs take pointer clicks and hover through the map (above); places, drawn on top, their own.
  // Only a mouse's hover and the keyboard's focus light a locality up: a tap also focuses it and
  // fires mouse events, which would keep it lit after a second tap has cleared the selection.
  const focusable = (focus: Focus) => ({
    tabIndex: 0,
    role: 'button',
    'aria-pressed': selected?.kind === focus.kind && selected.id === focus.id,
    onKeyDown: keySelect(focus),
    onFocus: (e: FocusEvent) => {
      if (focusVisible(e.currentTarget)) onHover(focus);
    },
    onBlur: () => onHover(null),
  });
  const interactive = (focus: Focus) => ({
    ...focusable(focus),
    onClick: () => onSelect(focus),
    onPointerEnter: (e: PointerEvent) => {
      if (e.pointerType === 'mouse') onHover(focus);
    },
    onPointerLeave: (e: PointerEvent) => {
      if (e.pointerType === 'mouse') onHover(null);
    },
  });
  const state = (lit: boolean) => (highlight === null ? '' : lit ? ' is-lit' : ' is-dim');

  return (
    <svg
      ref={svgRef}
      className="partners-map__svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="group"
      aria-label={t('map.label')}
      {...picking}
    >
      <defs>
        {INSETS.map((code) => {
          const b = layout.insets[code];
          return (
            <clipPath key={code} id={`partners-clip-${code}`}>
              <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={6} />
            </clipPath>
          );
        })}
      </defs>
      {INSETS.map((code) => {
        const b = layout.insets[code];
        return (
          <g key={code} className="partners-map__inset">
            <g clipPath={`url(#partners-clip-${code})`}>
              <rect className="partners-map__sea" x={b.x} y={b.y} width={b.width} height={b.height} />
              {geo[code]?.map(({ d, f }) => (
                <path
                  key={f.properties.name}
                  d={d}
                  className={
                    f.properties.code
                      ? `partners-map__country partners-map__country--${code}`
                      : 'partners-map__land'
                  }
                  data-country={f.properties.code ?? undefined}
                >
                  <title>{f.properties.code ? country(code) : backdropName(f.properties.name, lang)}</title>
                </path>
              ))}
              {code === 'VN' && <IslandShapes shapes={isles.shapes} />}
            </g>
            <rect
              className="partners-map__frame"
              x={b.x + 0.5}
              y={b.y + 0.5}
              width={b.width - 1}
              height={b.height - 1}
              rx={6}
            />
            <text className="partners-map__inset-title" x={b.x + 10} y={b.y + 20}>
              {country(code)}
            </text>
          </g>
        );
      })}
      <g className="partners-map__pairs">
        {curves.map(({ pair, curve }) => {
          const d = curvePath(curve);
          const bucket = bucketOf(buckets, sinceYear(pair));
          const lit = highlight?.pairs.has(pair.id) ?? false;
          const since = pair.since ? formatDatePoint(pair.since, lang) : t('dateUnknown');
          return (
            <g
              key={pair.id}
              className={`partners-map__pair partners-map__pair--${pair.status} partners-period-${bucket?.slot === -1 ? 'undated' : (bucket?.slot ?? 'undated')}${state(lit)}`}
              data-pair={pair.id}
              aria-label={t('map.pairLabel', {
                vn: names.get(pair.vnPlaceId) ?? pair.vnPlaceId,
                by: names.get(pair.byPlaceId) ?? pair.byPlaceId,
                status: t(`status.${pair.status}`),
                since,
              })}
              {...focusable({ kind: 'pair', id: pair.id })}
            >
              <path className="partners-map__pair-hit" d={d} />
              <path className="partners-map__pair-line" d={d} />
            </g>
          );
        })}
      </g>
      <IslandMarks archipelagos={isles.projected} labels={labels} fontSize={ISLAND_FONT} />
      <g className="partners-map__places">
        {points.map(({ place, x, y }) => {
          const label = labels.get(place.id);
          const lit = highlight?.places.has(place.id) ?? false;
          const count = counts.get(place.id) ?? 0;
          return (
            <g
              key={place.id}
              className={`partners-map__place partners-map__place--${place.country}${state(lit)}`}
              data-place={place.id}
              aria-label={t('map.placeLabel', {
                name: localText(place.names, lang),
                country: country(place.country),
                count,
              })}
              {...interactive({ kind: 'place', id: place.id })}
            >
              {label?.leader && (
                <line
                  className="partners-map__leader"
                  x1={label.leader.x1}
                  y1={label.leader.y1}
                  x2={label.leader.x2}
                  y2={label.leader.y2}
                />
              )}
              {place.kind === 'city' ? (
                <circle className="partners-map__symbol" cx={x} cy={y} r={R} />
              ) : (
                <rect
                  className="partners-map__symbol"
                  x={x - R}
                  y={y - R}
                  width={2 * R}
                  height={2 * R}
                  transform={`rotate(45 ${x} ${y})`}
                />
              )}
              {label && (
                <text
                  className="partners-map__label"
                  x={label.x}
                  y={label.y}
                  textAnchor={label.anchor}
                  dominantBaseline="central"
                >
                  {localText(place.names, lang)}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** Focus the reader should see (keyboard, not a click or tap); true where `:focus-visible` is unknown. */
function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}
