import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
import type { Dataset } from '@/lib/api/dataset';
import type { Lang } from '@/lib/url/lang';
import type { YearRange } from '@/lib/url/year-range';
import type { Source } from '@data/schema';
import { contextComparison, goodsByYear, indicatorCards } from '../utils/trade-context';
import { SCALES, type Scale } from '../utils/trade-params';
import { ContextBars } from './context-bars';
import { ContextOverTime } from './context-over-time';
import { GoodsLists } from './goods-lists';
import { IndicatorCards } from './indicator-cards';

export interface SurroundingsProps {
  data: Pick<Dataset, 'trade' | 'official' | 'goods' | 'indicators'>;
  sources: Map<string, Source>;
  lang: Lang;
  /** The years chosen, once the reader stops stepping through them (`useSettledValue`). */
  range: YearRange;
  cscale: Scale;
  onCscale: (cscale: Scale) => void;
}

/**
 * Vietnam's other partners over time and in the latest news, goods and people. The lines follow
 * the years chosen; the latest-year bars, goods and people say which years they show.
 */
export const TradeSurroundings = memo(function TradeSurroundings({
  data,
  sources,
  lang,
  range,
  cscale,
  onCscale,
}: SurroundingsProps) {
  const { t } = useTranslation('trade');
  const context = useMemo(() => contextComparison(data.trade), [data.trade]);
  const allGoods = useMemo(() => goodsByYear(data.goods), [data.goods]);
  const goods = useMemo(
    () => allGoods.filter((g) => g.year >= range.from && g.year <= range.to),
    [allGoods, range],
  );
  const cards = useMemo(() => indicatorCards(data.indicators), [data.indicators]);

  return (
    <>
      <section className="trade-section" aria-labelledby="trade-context-title">
        <h2 id="trade-context-title">{t('context.title')}</h2>
        {data.official.length > 0 && <ContextOverTime official={data.official} range={range} lang={lang} />}
        <h3>{t('context.latestTitle', { year: context.year ?? '' })}</h3>
        {context.year === null ? (
          <p className="muted">{t('context.none')}</p>
        ) : (
          <>
            <p className="trade-note">{t('context.lede', { year: context.year })}</p>
            <RadioGroup
              name="trade-cscale"
              legend={t('context.scaleLabel')}
              options={SCALES.map((s) => ({ value: s, label: t(`scale.${s}`) }))}
              value={cscale}
              onChange={onCscale}
            />
            <ContextBars bars={context.bars} scale={cscale} sources={sources} lang={lang} />
          </>
        )}
      </section>

      <section className="trade-section" aria-labelledby="trade-goods-title">
        <h2 id="trade-goods-title">{t('goods.title')}</h2>
        <p className="trade-note">{t('goods.lede')}</p>
        {goods.length ? (
          <GoodsLists groups={goods} sources={sources} lang={lang} />
        ) : (
          <p className="muted">
            {allGoods.length
              ? t('goods.noneInYears', {
                  years: allGoods
                    .map((g) => g.year)
                    .reverse()
                    .join(', '),
                })
              : t('goods.none')}
          </p>
        )}
      </section>

      <section className="trade-section" aria-labelledby="trade-people-title">
        <h2 id="trade-people-title">{t('people.title')}</h2>
        <p className="trade-note">{t('people.lede')}</p>
        {cards.length ? (
          <IndicatorCards cards={cards} sources={sources} lang={lang} />
        ) : (
          <p className="muted">{t('people.none')}</p>
        )}
      </section>
    </>
  );
});
