import type { Source } from '@data/schema';
import { useTranslation } from 'react-i18next';
import { formatDatePoint, formatNumber, formatQualified, formatUsd } from '@/lib/format';
import type { Lang } from '@/lib/url/lang';
import { yearPosition, type IndicatorCard } from '../utils/trade-context';

const valueText = (value: number, unit: string, qualifier: 'exact' | 'about' | 'almost' | 'over', lang: Lang) =>
  formatQualified(unit === 'usd' ? formatUsd(value, lang) : formatNumber(value, lang), qualifier, lang);

/** Investment and people: one card per indicator series, with a tiny trend where it has 2+ dates. */
export function IndicatorCards({ cards, sources, lang }: { cards: IndicatorCard[]; sources: Map<string, Source>; lang: Lang }) {
  const { t } = useTranslation('trade');
  const publisher = (id: string) => sources.get(id)?.publisher ?? t('unknownSource');
  return (
    <ul className="cards trade-indicators">
      {cards.map(({ latest, alsoLatest, history }) => (
        <li key={latest.id} className="card">
          <span className="card__kicker">{latest.label[lang]}</span>
          <span className="card__value">{valueText(latest.value, latest.unit, latest.qualifier, lang)}</span>
          <span className="card__label">
            {formatDatePoint(latest.date, lang)}
            {latest.uncertain && <span className="badge badge--uncertain">? {t('people.uncertain')}</span>}
          </span>
          {alsoLatest.map((i) => (
            <span key={i.id} className="card__label muted">
              {t('people.also', { value: valueText(i.value, i.unit, i.qualifier, lang), source: publisher(i.sourceId) })}
            </span>
          ))}
          {new Set(history.map((h) => yearPosition(h.date))).size >= 2 && <Sparkline history={history} lang={lang} />}
          <span className="card__source">{t('source', { source: publisher(latest.sourceId) })}</span>
        </li>
      ))}
    </ul>
  );
}

function Sparkline({ history, lang }: { history: IndicatorCard['history']; lang: Lang }) {
  const { t } = useTranslation('trade');
  const w = 120;
  const h = 28;
  const xs = history.map((i) => yearPosition(i.date));
  const vs = history.map((i) => i.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [v0, v1] = [Math.min(0, ...vs), Math.max(...vs)];
  const px = (x: number) => 4 + ((x - x0) / (x1 - x0 || 1)) * (w - 8);
  const py = (v: number) => h - 4 - ((v - v0) / (v1 - v0 || 1)) * (h - 8);
  const label = t('people.trend', {
    count: history.length,
    from: formatDatePoint(history[0]!.date, lang),
    to: formatDatePoint(history.at(-1)!.date, lang),
  });
  return (
    <svg className="trade-spark" width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label}>
      <polyline className="trade-spark__line" points={history.map((i) => `${px(yearPosition(i.date))},${py(i.value)}`).join(' ')} />
      {history.map((i) => (
        <circle key={i.id} className="trade-spark__dot" cx={px(yearPosition(i.date))} cy={py(i.value)} r={2.2} />
      ))}
    </svg>
  );
}
