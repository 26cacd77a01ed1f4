import { useMemo } from 'react';
import { UrlNotice } from '@/components/url-notice';
import { ViewPage } from '@/components/view-page';
import { useDatasets } from '@/hooks/use-datasets';
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
  const { issues } = useTradeParams();
  const state = useDatasets('trade', 'official', 'sources', 'events', 'goods', 'indicators');
  return (
    <ViewPage
      ns="trade"
      state={state}
      notice={<UrlNotice issues={issues} />}
      chart={(data) => <TradeEmbed data={data} />}
    >
      {(data) => <TradeContent data={data} />}
    </ViewPage>
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
