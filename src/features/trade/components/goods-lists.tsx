import type { GoodsList, Source } from '@data/schema';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '@/components/external-link';
import type { Lang } from '@/lib/url/lang';
import type { goodsByYear } from '../utils/trade-context';
import { localText } from '@/lib/local-text';

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
                  <GoodsItems key={list.id} list={list} source={sources.get(list.sourceId)} lang={lang} />
                ))}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

function GoodsItems({ list, source, lang }: { list: GoodsList; source: Source | undefined; lang: Lang }) {
  const { t } = useTranslation('trade');
  return (
    <div className="trade-goods__list">
      <p className="trade-goods__items">{list.items.map((i) => localText(i, lang)).join(' · ')}</p>
      <p className="card__source">
        {source ? (
          <>
            <span className="source-publisher">{source.publisher}</span>
            {', '}
            {source.url ? (
              <ExternalLink href={source.url}>{source.title}</ExternalLink>
            ) : (
              <cite>{source.title}</cite>
            )}
          </>
        ) : (
          t('unknownSource')
        )}
      </p>
    </div>
  );
}
