import { useTranslation } from 'react-i18next';
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';
import type { Place } from '@data/schema';
import { useCountryName } from '../hooks/use-country-name';
import type { PlacedLabel } from '../utils/label-placement';
import { R, type MapScene } from '../utils/map-scene';
import type { Highlight } from '../utils/selection';
import { interactive, litClass, type FocusTarget } from './map-focus';

interface PlaceLayerProps extends FocusTarget {
  points: MapScene['points'];
  labels: MapScene['labels'];
  counts: ReadonlyMap<string, number>;
  highlight: Highlight | null;
  lang: Lang;
}

/** The localities, drawn above the connectors: symbol, label and leader, each a button. */
export function PlaceLayer({ points, labels, counts, highlight, lang, ...target }: PlaceLayerProps) {
  const { t } = useTranslation('partners');
  const country = useCountryName(lang);
  return (
    <g className="partners-map__places">
      {points.map(({ place, x, y }) => {
        const label = labels.get(place.id);
        const lit = highlight?.places.has(place.id) ?? false;
        return (
          <g
            key={place.id}
            className={`partners-map__place partners-map__place--${place.country}${litClass(highlight, lit)}`}
            data-place={place.id}
            aria-label={t('map.placeLabel', {
              name: localText(place.names, lang),
              country: country(place.country),
              count: counts.get(place.id) ?? 0,
            })}
            {...interactive({ kind: 'place', id: place.id }, target)}
          >
            <PlaceMark place={place} x={x} y={y} label={label} lang={lang} />
          </g>
        );
      })}
    </g>
  );
}

/** A city's circle or a region's diamond, with its label and, if the label moved away, a leader. */
function PlaceMark({
  place,
  x,
  y,
  label,
  lang,
}: {
  place: Place;
  x: number;
  y: number;
  label: PlacedLabel | undefined;
  lang: Lang;
}) {
  return (
    <>
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
    </>
  );
}
