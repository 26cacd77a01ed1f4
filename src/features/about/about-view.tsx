import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import meta from 'virtual:dataset-meta';
import { AppLink } from '@/components/app-link';
import { DataGate } from '@/components/data-gate';
import { ViewHeading, viewTitleId } from '@/components/view-page';
import { useDatasets } from '@/hooks/use-datasets';
import { registerNamespace } from '@/i18n/i18n';
import type { Dataset } from '@/lib/api/dataset';
import { locales } from './locales';

registerNamespace('about', locales);

const SECTIONS = ['official', 'press', 'mirror', 'sides', 'partial', 'dates', 'places', 'never'] as const;

/** `/about`: how the figures are gathered and shown, and what the dataset holds. */
export function AboutView() {
  const { t } = useTranslation('about');
  const state = useDatasets('sources', 'trade', 'official', 'events', 'partnerships');
  return (
    <article className="view about" aria-labelledby={viewTitleId('about')}>
      <ViewHeading ns="about" />
      {SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`about-${s}`}>
          <h2 id={`about-${s}`}>{t(`${s}.title`)}</h2>
          <p>{t(`${s}.body`)}</p>
        </section>
      ))}
      <section aria-labelledby="about-data">
        <h2 id="about-data">{t('data.title')}</h2>
        <DataGate state={state} what={t('data.what')}>
          {(data) => <DataSummary data={data} />}
        </DataGate>
        <p>
          {/* Made by the build (scripts/build/dataset-zip.ts): a CSV per file, the JSON, a codebook. */}
          <a href="/vietnam-belarus-dataset.zip" download>
            {t('data.download')}
          </a>
        </p>
        <p>
          {t('data.updated', { date: meta.newestSource })}{' '}
          <AppLink to="/sources">{t('data.allSources')}</AppLink>
        </p>
      </section>
    </article>
  );
}

function DataSummary({
  data,
}: {
  data: Pick<Dataset, 'sources' | 'trade' | 'official' | 'events' | 'partnerships'>;
}) {
  const { t } = useTranslation('about');
  const byKind = useMemo(() => {
    const counts = { news: 0, official: 0, statistics: 0 };
    for (const s of data.sources) counts[s.kind] += 1;
    return counts;
  }, [data.sources]);
  return (
    <ul>
      <li>{t('data.sources', { count: data.sources.length, ...byKind })}</li>
      <li>
        {t('data.official', {
          count: data.official.length,
          from: Math.min(...data.official.map((o) => o.year)),
          to: Math.max(...data.official.map((o) => o.year)),
        })}
      </li>
      <li>{t('data.trade', { count: data.trade.length })}</li>
      <li>{t('data.events', { count: data.events.length })}</li>
      <li>{t('data.partnerships', { count: data.partnerships.length })}</li>
    </ul>
  );
}
