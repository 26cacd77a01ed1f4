import { useTranslation } from 'react-i18next';
import { formatDatePoint } from '@/lib/format';
import { sinceYear } from '@/lib/partnerships';
import type { Lang } from '@/lib/url/lang';
import { bucketOf, type PeriodBucket } from '../utils/filter-pairs';
import { curvePath } from '../utils/map-layout';
import type { MapScene } from '../utils/map-scene';
import type { Highlight } from '../utils/selection';
import { focusable, litClass, type FocusTarget } from './map-focus';

interface PairLayerProps extends FocusTarget {
  curves: MapScene['curves'];
  buckets: PeriodBucket[];
  highlight: Highlight | null;
  /** Locality names by id, in the map's language. */
  names: ReadonlyMap<string, string>;
  lang: Lang;
}

/** The connectors, styled by status and period, each named for screen readers and reachable by Tab. */
export function PairLayer({ curves, buckets, highlight, names, lang, ...target }: PairLayerProps) {
  const { t } = useTranslation('partners');
  return (
    <g className="partners-map__pairs">
      {curves.map(({ pair, curve }) => {
        const d = curvePath(curve);
        const bucket = bucketOf(buckets, sinceYear(pair));
        const lit = highlight?.pairs.has(pair.id) ?? false;
        const since = pair.since ? formatDatePoint(pair.since, lang) : t('dateUnknown');
        return (
          <g
            key={pair.id}
            className={`partners-map__pair partners-map__pair--${pair.status} partners-period-${bucket?.slot === -1 ? 'undated' : (bucket?.slot ?? 'undated')}${litClass(highlight, lit)}`}
            data-pair={pair.id}
            aria-label={t('map.pairLabel', {
              vn: names.get(pair.vnPlaceId) ?? pair.vnPlaceId,
              by: names.get(pair.byPlaceId) ?? pair.byPlaceId,
              status: t(`status.${pair.status}`),
              since,
            })}
            {...focusable({ kind: 'pair', id: pair.id }, target)}
          >
            <path className="partners-map__pair-hit" d={d} />
            <path className="partners-map__pair-line" d={d} />
          </g>
        );
      })}
    </g>
  );
}
