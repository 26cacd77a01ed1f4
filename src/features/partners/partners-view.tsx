import { useTranslation } from 'react-i18next';

/** Placeholder until the view is built. */
export function PartnersView() {
  const { t } = useTranslation();
  return (
    <section className="view">
      <h1>{t('nav.partners')}</h1>
    </section>
  );
}
