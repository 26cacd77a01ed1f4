import { lazy } from 'react';
import { useTranslation } from 'react-i18next';

// The map (d3-geo, topojson-client) is its own chunk: the heading, filters and table do not wait for it.
export const MapArea = lazy(() => import('./map-area').then((m) => ({ default: m.MapArea })));

/** Holds the map's place while its chunk loads. */
export function MapSkeleton() {
  const { t } = useTranslation('partners');
  return (
    <div className="skeleton" role="status">
      <span className="visually-hidden">{t('map.loading')}</span>
      <div className="skeleton__block" />
    </div>
  );
}
