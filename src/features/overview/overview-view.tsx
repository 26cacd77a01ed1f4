import type { TradeFigure } from '@data/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { DataGate } from '@/components/data-gate';
import type { Dataset } from '@/lib/api/dataset';
import { useDatasets } from '@/hooks/use-datasets';
import { useLang } from '@/hooks/use-lang';
import { useYearRange } from '@/hooks/use-year-range';
import { registerNamespace } from '@/i18n/i18n';
import { formatPeriod, formatQualified, formatUsd } from '@/lib/format';
import type { Lang } from '@/lib/url/lang';
import { locales } from './locales';
import { computeHeadlines } from './utils/headlines';

registerNamespace('overview', locales);

/** `/`: the headline figures, each linking into its view. */
export function OverviewView() {
  const { t } = useTranslation('overview');
  const state = useDatasets('trade', 'events', 'partnerships', 'sources');
  return (
    <section className="view overview" aria-labelledby="overview-title">
      <h1 id="overview-title">{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <DataGate state={state} what={t('what')}>
        {(data) => <Headlines {...data} />}
      </DataGate>
    </section>
  );
}

function Headlines({
  trade,
  events,
  partnerships,
  sources,
}: Pick<Dataset, 'trade' | 'events' | 'partnerships' | 'sources'>) {
  const { t } = useTranslation('overview');
  const { lang } = useLang();
  const { range } = useYearRange();
  const h = useMemo(() => computeHeadlines(trade, events, partnerships, range), [trade, events, partnerships, range]);
  const sourceName = (id: string) => sources.find((s) => s.id === id)?.publisher ?? id;

  return (
    <div className="cards">
      {(['VN', 'BY'] as const).map((reporter) => (
        <TradeCard key={reporter} reporter={reporter} figure={h.latestTrade[reporter]} lang={lang} sourceName={sourceName} />
      ))}
      <AppLink className="card card--link" to="/visits">
        <span className="card__value">{h.visits}</span>
        <span className="card__label">{t('visits', { count: h.visits })}</span>
      </AppLink>
      <AppLink className="card card--link" to={{ pathname: '/visits', search: { kind: 'agreement' } }}>
        <span className="card__value">{h.agreements}</span>
        <span className="card__label">{t('agreements', { count: h.agreements })}</span>
      </AppLink>
      <AppLink className="card card--link" to="/partners">
        <span className="card__value">{h.partnerships}</span>
        <span className="card__label">{t('partnerships', { count: h.partnerships })}</span>
      </AppLink>
    </div>
  );
}

function TradeCard({
  reporter,
  figure,
  lang,
  sourceName,
}: {
  reporter: 'VN' | 'BY';
  figure: TradeFigure | undefined;
  lang: Lang;
  sourceName: (id: string) => string;
}) {
  const { t } = useTranslation('overview');
  return (
    <AppLink className="card card--link" to="/trade">
      <span className="card__kicker">{t(`tradeBy.${reporter}`)}</span>
      {figure ? (
        <>
          <span className="card__value">{formatQualified(formatUsd(figure.valueUsd, lang), figure.qualifier, lang)}</span>
          <span className="card__label">
            {t('tradeIn', { period: formatPeriod(figure.period, lang) })}
            {figure.flags.partial && <span className="badge badge--partial">{t('partial')}</span>}
          </span>
          <span className="card__source">{t('source', { source: sourceName(figure.sourceId) })}</span>
        </>
      ) : (
        <span className="card__label">{t('noTrade')}</span>
      )}
    </AppLink>
  );
}
