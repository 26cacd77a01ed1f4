import { useTranslation } from 'react-i18next';

/** Placeholder until the view is built. */
export function TradeView() {
  const { t } = useTranslation();
  return (
    <section className="view">
      <h1>{t('nav.trade')}</h1>
    </section>
  );
}
