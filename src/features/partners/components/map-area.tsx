import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '@/hooks/use-element-width';
import { useLang } from '@/hooks/use-lang';
import { countriesQuery } from '../api/geo-query';
import { PartnersMap } from './partners-map';

type MapAreaProps = Omit<Parameters<typeof PartnersMap>[0], 'width' | 'countries' | 'islands' | 'lang'> & {
  /** The how-to line above the map (left out of the chart-only embed). */
  hint?: boolean;
};

/** Measures its width and loads the shapes; the map itself is presentational. */
export function MapArea({ hint = true, ...props }: MapAreaProps) {
  const { t } = useTranslation('partners');
  const { lang } = useLang();
  const { ref, width } = useElementWidth<HTMLDivElement>(800);
  const geo = useQuery(countriesQuery());
  return (
    <div className="partners-map" ref={ref}>
      {hint && (
        // Both wordings are in the page (the same for every device, so the prerendered HTML
        // matches); CSS shows the one for the reader's pointer (partners.css).
        <p className="partners-map__hint muted">
          <span className="partners-map__hint-pointer">{t('map.hintPointer')}</span>
          <span className="partners-map__hint-touch">{t('map.hintTouch')}</span>{' '}
          <span className="partners-map__hint-keys">{t('map.hintKeys')}</span>
        </p>
      )}
      {geo.error ? (
        <div className="data-error" role="alert">
          <p>{t('map.error', { reason: geo.error.message })}</p>
          <button type="button" onClick={() => void geo.refetch()}>
            {t('map.retry')}
          </button>
        </div>
      ) : !geo.data ? (
        <div className="skeleton" role="status">
          <span className="visually-hidden">{t('map.loading')}</span>
          <div className="skeleton__block" />
        </div>
      ) : (
        <PartnersMap
          width={width}
          countries={geo.data.countries}
          islands={geo.data.islands}
          lang={lang}
          {...props}
        />
      )}
    </div>
  );
}
