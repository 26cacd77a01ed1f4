import { useTranslation } from 'react-i18next';

/** Placeholder until the view is built. */
export function VisitsView() {
  const { t } = useTranslation();
  return (
    <section className="view">
      <h1>{t('nav.visits')}</h1>
    </section>
  );
}
