import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataGate } from '@/components/data-gate';
import { UrlNotice } from '@/components/url-notice';
import { useDatasets } from '@/hooks/use-datasets';
import { useEmbed } from '@/hooks/use-embed';
import { useLang } from '@/hooks/use-lang';
import { useSettledValue } from '@/hooks/use-settled-value';
import { useStableCallback } from '@/hooks/use-stable-callback';
import { useYearRange } from '@/hooks/use-year-range';
import { registerNamespace } from '@/i18n/i18n';
import type { Dataset } from '@/lib/api/dataset';
import { byId } from '@/lib/by-id';
import { TradeEmbed } from './components/trade-embed';
import { TradeOverTime } from './components/trade-over-time';
import { TradePrintFilters } from './components/trade-print-filters';
import { TradeSurroundings } from './components/trade-surroundings';
import { useTradeParams } from './hooks/use-trade-params';
import { locales } from './locales';
import type { Scale } from './utils/trade-params';
import './trade.css';

registerNamespace('trade', locales);

type TradeData = Pick<Dataset, 'trade' | 'official' | 'sources' | 'events' | 'goods' | 'indicators'>;

/** `/trade`: trade over time as each side reports it, the press figures, partners, goods, people. */
export function TradeView() {
  const { t } = useTranslation('trade');
  const { issues } = useTradeParams();
  const state = useDatasets('trade', 'official', 'sources', 'events', 'goods', 'indicators');
  if (useEmbed() === 'chart') {
    return (
      <DataGate state={state} what={t('what')}>
        {(data) => <TradeEmbed data={data} />}
      </DataGate>
    );
  }
  return (
    <section className="view trade" aria-labelledby="trade-title">
      <h1 id="trade-title">{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <UrlNotice issues={issues} />
      <DataGate state={state} what={t('what')}>
        {(data) => <TradeContent data={data} />}
      </DataGate>
    </section>
  );
}

function TradeContent({ data }: { data: TradeData }) {
  const { lang } = useLang();
  const { params, update } = useTradeParams();
  const { range } = useYearRange();
  const sources = useMemo(() => byId(data.sources), [data.sources]);
  const setCscale = useStableCallback((cscale: Scale) => update({ cscale }));
  // Below the fold, the sections follow the years once the reader stops stepping through them,
  // so a year step re-renders the chart alone.
  const settledRange = useSettledValue(range);
  return (
    <>
      <TradePrintFilters params={params} />
      <TradeOverTime data={data} sources={sources} />
      <TradeSurroundings
        data={data}
        sources={sources}
        lang={lang}
        range={settledRange}
        cscale={params.cscale}
        onCscale={setCscale}
      />
    </>
  );
}
