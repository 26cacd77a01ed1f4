import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { formatDatePoint } from '@/lib/format';
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';
import { highLevelSearch, WAYS, type LastVisit, type Way } from '../utils/last-visits';

/**
 * The newest high-level visit each way in the years chosen, each opening in Visits, with the
 * number of such visits linking to exactly that list.
 */
export function LastVisits({ last, lang }: { last: Record<Way, LastVisit>; lang: Lang }) {
  const { t } = useTranslation('overview');
  return (
    <section className="overview__visits" aria-labelledby="overview-visits-title">
      <h2 id="overview-visits-title">{t('lastVisits.title')}</h2>
      <p className="overview__note">{t('lastVisits.note')}</p>
      <dl>
        {WAYS.map((way) => {
          const { event, count } = last[way];
          return (
            <div key={way} className="overview__way">
              <dt>{t(`lastVisits.way.${way}`)}</dt>
              {event ? (
                <>
                  <dd>
                    <span className="muted nowrap">{formatDatePoint(event.date, lang)}</span>{' '}
                    <AppLink to={{ pathname: '/visits', search: { event: event.id } }}>
                      {localText(event.title, lang)}
                    </AppLink>
                  </dd>
                  <dd className="overview__count-link">
                    <AppLink to={{ pathname: '/visits', search: highLevelSearch(way) }}>
                      {t('lastVisits.count', { count })}
                    </AppLink>
                  </dd>
                </>
              ) : (
                <dd className="muted">{t('lastVisits.none')}</dd>
              )}
            </div>
          );
        })}
      </dl>
    </section>
  );
}
