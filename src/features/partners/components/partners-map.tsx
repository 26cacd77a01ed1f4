import type { TFunction } from 'i18next';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldsMemo } from '@/hooks/use-fields-memo';
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';
import type { Partnership, Place } from '@data/schema';
import type { CountryFeature, IslandFeature } from '../api/geo-query';
import { usePairPicking } from '../hooks/use-pair-picking';
import type { PeriodBucket } from '../utils/filter-pairs';
import type { LayoutOptions } from '../utils/map-layout';
import { INSETS, ISLAND_FONT, mapScene, type MapSceneInput } from '../utils/map-scene';
import type { Focus, Highlight } from '../utils/selection';
import { IslandMarks, islandKey } from './island-layer';
import { InsetClips, MapInset } from './map-inset';
import { PairLayer } from './pair-layer';
import { PlaceLayer } from './place-layer';

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
  const { places, counts, buckets, highlight, selected, onSelect, onHover, lang, svgRef } = props;
  const { t } = useTranslation('partners');
  const scene = useMapScene(props);
  const picking = usePairPicking(scene.curves, onSelect, onHover);
  const names = new Map(places.map((p) => [p.id, localText(p.names, lang)]));
  const target = { selected, onSelect, onHover };
  const { layout } = scene;

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
      <InsetClips layout={layout} />
      {INSETS.map((code) => (
        <MapInset
          key={code}
          code={code}
          layout={layout}
          countries={scene.countries[code] ?? []}
          islands={scene.islands.shapes}
          lang={lang}
        />
      ))}
      <PairLayer
        curves={scene.curves}
        buckets={buckets}
        highlight={highlight}
        names={names}
        lang={lang}
        {...target}
      />
      <IslandMarks archipelagos={scene.islands.projected} labels={scene.labels} fontSize={ISLAND_FONT} />
      <PlaceLayer
        points={scene.points}
        labels={scene.labels}
        counts={counts}
        highlight={highlight}
        lang={lang}
        {...target}
      />
    </svg>
  );
}

/** The map's scene, laid out again only when one of its inputs changes (not on hover or selection). */
function useMapScene({
  width,
  layoutOptions,
  countries,
  islands,
  places,
  pairs,
  counts,
  lang,
}: PartnersMapProps) {
  const { t } = useTranslation('partners');
  const { narrow, minHeight, maxHeight } = layoutOptions ?? {};
  return useFieldsMemo(sceneOf, {
    width,
    narrow,
    minHeight,
    maxHeight,
    countries,
    islands,
    places,
    pairs,
    counts,
    lang,
    t,
  });
}

type SceneFields = Omit<MapSceneInput, 'layoutOptions' | 'texts'> &
  LayoutOptions & { lang: Lang; t: TFunction<'partners'> };

/** The scene with the labels' texts in the map's language. */
function sceneOf({ narrow, minHeight, maxHeight, lang, t, ...input }: SceneFields) {
  return mapScene({
    ...input,
    layoutOptions: { narrow, minHeight, maxHeight },
    texts: {
      place: (p) => localText(p.names, lang),
      island: (a) => t(islandKey(a)),
      sea: t('islands.sea'),
    },
  });
}
