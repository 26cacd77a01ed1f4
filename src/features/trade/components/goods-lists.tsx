import { useTranslation } from 'react-i18next';
import { SourceCitation } from '@/components/source-citation';
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';
import type { GoodsList, Source } from '@data/schema';
import type { goodsByYear } from '../utils/trade-context';

/** Goods each way, as each source lists them, by the year the source describes. */
export function GoodsLists({
  groups,
  sources,
  lang,
}: {
  groups: ReturnType<typeof goodsByYear>;
  sources: Map<string, Source>;
  lang: Lang;
}) {
  const { t } = useTranslation('trade');
  return (
    <div className="trade-goods">
      {groups.map((g) => (
        <section key={g.year} className="trade-goods__year" aria-labelledby={`goods-${g.year}`}>
          <h3 id={`goods-${g.year}`}>{g.year}</h3>
          <div className="trade-goods__cols">
            {(['exports', 'imports'] as const).map((flow) => (
              <div key={flow} className="trade-goods__col">
                <h4>{t(`goods.${flow}`)}</h4>
                {g[flow].length === 0 && <p className="muted">{t('goods.noneYear')}</p>}
                {g[flow].map((list) => (
                  <GoodsItems key={list.id} list={list} sources={sources} lang={lang} />
                ))}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

function GoodsItems({ list, sources, lang }: { list: GoodsList; sources: Map<string, Source>; lang: Lang }) {
  const { t } = useTranslation('trade');
  return (
    <div className="trade-goods__list">
      <p className="trade-goods__items">{list.items.map((i) => localText(i, lang)).join(' · ')}</p>
      <p className="card__source">
        <SourceCitation ids={[list.sourceId]} sources={sources} unknown={t('unknownSource')} />
      </p>
    </div>
  );
}
