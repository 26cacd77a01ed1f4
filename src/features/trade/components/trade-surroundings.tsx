import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
import type { Dataset } from '@/lib/api/dataset';
import type { Lang } from '@/lib/url/lang';
import { type YearRange, yearInRange } from '@/lib/url/year-range';
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
  const goods = useMemo(() => allGoods.filter((g) => yearInRange(g.year, range)), [allGoods, range]);
  const cards = useMemo(() => indicatorCards(data.indicators), [data.indicators]);

  return (
    <>
      <Section id="trade-context-title" title={t('context.title')}>
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
      </Section>

      <Section id="trade-goods-title" title={t('goods.title')} lede={t('goods.lede')}>
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
      </Section>

      <Section id="trade-people-title" title={t('people.title')} lede={t('people.lede')}>
        {cards.length ? (
          <IndicatorCards cards={cards} sources={sources} lang={lang} />
        ) : (
          <p className="muted">{t('people.none')}</p>
        )}
      </Section>
    </>
  );
});

/** A part of the page named by its heading, with the lede under it when it has one. */
function Section({
  id,
  title,
  lede,
  children,
}: {
  id: string;
  title: string;
  lede?: string;
  children: ReactNode;
}) {
  return (
    <section className="trade-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {lede && <p className="trade-note">{lede}</p>}
      {children}
    </section>
  );
}
