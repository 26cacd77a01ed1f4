import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { AppLink } from '@/components/app-link';

/** Shown in place of a view that threw while rendering; the header and other views still work. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <section className="route-error" role="alert">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      {error instanceof Error && <pre className="route-error__detail">{error.message}</pre>}
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>{' '}
        <AppLink to="/">{t('routeError.home')}</AppLink>
      </p>
    </section>
  );
}
