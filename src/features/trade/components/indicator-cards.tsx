import { lazy, memo, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useInView } from '@/hooks/use-in-view';
import { formatDatePoint, formatNumber, formatQualified, formatUsd } from '@/lib/format';
import { localText } from '@/lib/local-text';
import { localPublisher } from '@/lib/publishers';
import type { Lang } from '@/lib/url/lang';
import type { Source } from '@data/schema';
import { yearPosition, type IndicatorCard } from '../utils/trade-context';

// Recharts stays out of the view's first paint: the trends arrive in a chunk of their own.
const IndicatorTrend = lazy(() => import('./indicator-trend').then((m) => ({ default: m.IndicatorTrend })));

const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 28;

const valueText = (
  value: number,
  unit: string,
  qualifier: 'exact' | 'about' | 'almost' | 'over',
  lang: Lang,
) => formatQualified(unit === 'usd' ? formatUsd(value, lang) : formatNumber(value, lang), qualifier, lang);

/** Investment and people: one card per indicator series, with a tiny trend where it has 2+ dates. */
export const IndicatorCards = memo(function IndicatorCards({
  cards,
  sources,
  lang,
}: {
  cards: IndicatorCard[];
  sources: Map<string, Source>;
  lang: Lang;
}) {
  const { t } = useTranslation('trade');
  const publisher = (id: string) => {
    const s = sources.get(id);
    return s ? localPublisher(s, lang) : t('unknownSource');
  };
  return (
    <ul className="cards trade-indicators">
      {cards.map(({ latest, alsoLatest, history }) => (
        <li key={latest.id} className="card">
          <span className="card__kicker">{localText(latest.label, lang)}</span>
          <span className="card__value">{valueText(latest.value, latest.unit, latest.qualifier, lang)}</span>
          <span className="card__label">
            {formatDatePoint(latest.date, lang)}
            {latest.uncertain && <span className="badge badge--uncertain">? {t('people.uncertain')}</span>}
          </span>
          {alsoLatest.map((i) => (
            <span key={i.id} className="card__label muted">
              {t('people.also', {
                value: valueText(i.value, i.unit, i.qualifier, lang),
                source: publisher(i.sourceId),
              })}
            </span>
          ))}
          {new Set(history.map((h) => yearPosition(h.date))).size >= 2 && (
            <Sparkline history={history} lang={lang} />
          )}
          <span className="card__source">{t('source', { source: publisher(latest.sourceId) })}</span>
        </li>
      ))}
    </ul>
  );
});

function Sparkline({ history, lang }: { history: IndicatorCard['history']; lang: Lang }) {
  const { t } = useTranslation('trade');
  const label = t('people.trend', {
    count: history.length,
    from: formatDatePoint(history[0]!.date, lang),
    to: formatDatePoint(history.at(-1)!.date, lang),
  });
  const points = history.map((i) => ({ id: i.id, x: yearPosition(i.date), value: i.value }));
  const box = useRef<HTMLSpanElement>(null);
  const inView = useInView(box);
  return (
    <>
      <span
        ref={box}
        className="trade-spark-box"
        style={{ width: SPARK_WIDTH, height: SPARK_HEIGHT }}
        aria-hidden="true"
      >
        {inView && (
          <Suspense fallback={null}>
            <IndicatorTrend points={points} width={SPARK_WIDTH} height={SPARK_HEIGHT} />
          </Suspense>
        )}
      </span>
      <span className="visually-hidden">
        {label}:{' '}
        {history
          .map((i) => `${formatDatePoint(i.date, lang)} ${valueText(i.value, i.unit, i.qualifier, lang)}`)
          .join('; ')}
      </span>
    </>
  );
}
