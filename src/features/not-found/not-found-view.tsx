import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from '@/components/app-link';

/** Any unknown path. */
export function NotFoundView() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <section className="view not-found" aria-labelledby="nf-title">
      <h1 id="nf-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: pathname })}</p>
      <p>
        <AppLink to="/">{t('notFound.home')}</AppLink>
      </p>
    </section>
  );
}
