import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { ViewPage } from '@/components/view-page';
import { useDatasets } from '@/hooks/use-datasets';
import { useLang } from '@/hooks/use-lang';
import { useYearRange } from '@/hooks/use-year-range';
import { registerNamespace } from '@/i18n/i18n';
import type { Dataset } from '@/lib/api/dataset';
import { byId } from '@/lib/by-id';
import { formatDatePoint, formatPeriod, formatQualified, formatUsd } from '@/lib/format';
import { localText } from '@/lib/local-text';
import { localPublisher } from '@/lib/publishers';
import type { Lang } from '@/lib/url/lang';
import type { TradeFigure } from '@data/schema';
import { LastVisits } from './components/last-visits';
import { TradePictureSection } from './components/trade-picture';
import { locales } from './locales';
import './overview.css';
import {
  computeHeadlines,
  COUNT_SEARCH,
  latestOfficialTotals,
  type LatestOfficial,
  type LatestTrade,
} from './utils/headlines';
import { lastHighLevelVisits } from './utils/last-visits';
import { tradePicture } from './utils/trade-picture';

registerNamespace('overview', locales);

/** `/`: the headline figures, each linking into its view. */
export function OverviewView() {
  const state = useDatasets('trade', 'official', 'events', 'partnerships', 'sources');
  return (
    <ViewPage ns="overview" state={state}>
      {(data) => <Headlines {...data} />}
    </ViewPage>
  );
}

function Headlines({
  trade,
  official,
  events,
  partnerships,
  sources,
}: Pick<Dataset, 'trade' | 'official' | 'events' | 'partnerships' | 'sources'>) {
  const { t } = useTranslation('overview');
  const { lang } = useLang();
  const { range } = useYearRange();
  const h = useMemo(
    () => computeHeadlines(trade, events, partnerships, range),
    [trade, events, partnerships, range],
  );
  const officialTotals = useMemo(() => latestOfficialTotals(official, range), [official, range]);
  const picture = useMemo(
    () => tradePicture(official, h.latestTrade, range),
    [official, h.latestTrade, range],
  );
  const lastVisits = useMemo(() => lastHighLevelVisits(events, range), [events, range]);
  const sourceById = useMemo(() => byId(sources), [sources]);
  const sourceName = (id: string) => {
    const s = sourceById.get(id);
    return s ? localPublisher(s, lang) : id;
  };

  return (
    <>
      <div className="overview__trade">
        <TradePictureSection picture={picture} lang={lang} />
        {(['VN', 'BY'] as const).map((reporter) => (
          <TradeCard
            key={reporter}
            reporter={reporter}
            latest={h.latestTrade[reporter]}
            official={officialTotals[reporter]}
            lang={lang}
            sourceName={sourceName}
          />
        ))}
      </div>
      <div className="overview__events">
        {/* Each count opens the view filtered to exactly what it counts; the years go with every link. */}
        <div className="overview__counts">
          <AppLink className="card card--link" to={{ pathname: '/visits', search: COUNT_SEARCH.visits }}>
            <span className="card__value">{h.visits}</span>
            <span className="card__label">{t('visits', { count: h.visits })}</span>
          </AppLink>
          <AppLink className="card card--link" to={{ pathname: '/visits', search: COUNT_SEARCH.agreements }}>
            <span className="card__value">{h.agreements}</span>
            <span className="card__label">{t('agreements', { count: h.agreements })}</span>
          </AppLink>
          <AppLink className="card card--link" to="/partners">
            <span className="card__value">{h.partnerships}</span>
            <span className="card__label">{t('partnerships', { count: h.partnerships })}</span>
          </AppLink>
        </div>
        <LastVisits last={lastVisits} lang={lang} />
      </div>
      {h.recent.length > 0 && (
        <section aria-labelledby="recent-title" className="overview__recent">
          <h2 id="recent-title">{t('recent')}</h2>
          <ul>
            {h.recent.map((e) => (
              <li key={e.id}>
                <span className="muted nowrap">{formatDatePoint(e.date, lang)}</span>{' '}
                <AppLink to={{ pathname: '/visits', search: { event: e.id } }}>
                  {localText(e.title, lang)}
                </AppLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function TradeCard({
  reporter,
  latest,
  official,
  lang,
  sourceName,
}: {
  reporter: 'VN' | 'BY';
  latest: LatestTrade | undefined;
  official: LatestOfficial | undefined;
  lang: Lang;
  sourceName: (id: string) => string;
}) {
  const { t } = useTranslation('overview');
  const value = (f: TradeFigure) => formatQualified(formatUsd(f.valueUsd, lang), f.qualifier, lang);
  const [lead, ...others] = latest?.full ?? [];
  return (
    <AppLink
      className="card card--link"
      to={{ pathname: '/trade', search: lead ? { year: String(lead.period.year) } : {} }}
    >
      <span className="card__kicker">{t(`tradeBy.${reporter}`)}</span>
      {lead && (
        <>
          <span className="card__value">{value(lead)}</span>
          <span className="card__label">
            {t('tradeIn', { period: formatPeriod(lead.period, lang) })} · {t('kindPress')}
            {others.length > 0 && <span className="badge badge--conflicting">{t('disagree')}</span>}
          </span>
          <span className="card__source">{t('source', { source: sourceName(lead.sourceId) })}</span>
          {others.map((f) => (
            <span key={f.id} className="card__source">
              {t('alsoReported', { value: value(f), source: sourceName(f.sourceId) })}
            </span>
          ))}
        </>
      )}
      {latest?.partial && (
        <span className="card__partial">
          {t('partialLine', {
            value: value(latest.partial),
            period: formatPeriod(latest.partial.period, lang),
          })}
          <span className="badge badge--partial">{t('partial')}</span>
        </span>
      )}
      {!latest && <span className="card__label">{t('noTrade')}</span>}
      {official && (
        <span className="card__official">
          {t('official', { value: formatUsd(official.valueUsd, lang), year: official.year })}
        </span>
      )}
    </AppLink>
  );
}
