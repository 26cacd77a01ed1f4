import { useTranslation } from 'react-i18next';
import { SeriesSwatch } from '@/components/series-marker';
import { formatPeriod } from '@/lib/format';
import { localPublisher } from '@/lib/publishers';
import type { Side, TradePoint } from '@/lib/trade-points';
import type { Lang } from '@/lib/url/lang';
import type { Source } from '@data/schema';
import { pointValueText } from '../../utils/chart-format';
import { FlagBadges } from '../flag-badges';

/**
 * What the chart says about the year under the pointer: each side's official figure, or plainly
 * that the side reported none, then every figure from the news for that year with its months
 * and publisher. Every series at once, so the reader never has to aim at a single mark.
 */
export function YearDetails({
  year,
  sides,
  points,
  sources,
  lang,
  hint,
}: {
  year: number;
  /** Say that a click lists the year's figures (where it does). */
  hint: boolean;
  /** The sides whose official line is on the chart. */
  sides: readonly Side[];
  /** The chart's points of this year, official first. */
  points: readonly TradePoint[];
  sources: Map<string, Source>;
  lang: Lang;
}) {
  const { t } = useTranslation('trade');
  const publisherOf = (s: Source | undefined) => (s ? localPublisher(s, lang) : t('unknownSource'));
  const publisher = (p: TradePoint) =>
    [...new Set(p.figures.map((f) => publisherOf(sources.get(f.sourceId))))].join(' + ');
  const press = points.filter((p) => p.kind === 'press');
  return (
    <div className="trade-year">
      <strong className="trade-year__title">{year}</strong>
      <ul className="trade-year__list">
        {sides.map((side) => {
          const p = points.find((x) => x.kind === 'official' && x.reporter === side);
          return (
            <li key={side}>
              <SeriesSwatch reporter={side} kind="official" />
              {p ? (
                <span>
                  {t(`reporterShort.official.${side}`)}: <b>{pointValueText(p, lang)}</b>{' '}
                  <FlagBadges point={p} />
                </span>
              ) : (
                <span className="muted">{t(`tooltip.noFigure.${side}`, { year })}</span>
              )}
            </li>
          );
        })}
        {press.map((p) => (
          <li key={p.id}>
            <SeriesSwatch reporter={p.reporter} hollow={p.partial} kind="press" />
            <span>
              {t(`reporterShort.press.${p.reporter}`)}: <b>{pointValueText(p, lang)}</b>
              {p.partial && <> ({formatPeriod({ year: p.year, months: p.months }, lang)})</>}
              <span className="trade-year__source"> · {publisher(p)}</span> <FlagBadges point={p} />
            </span>
          </li>
        ))}
      </ul>
      {sides.length === 0 && press.length === 0 && <p className="muted">{t('tooltip.nothing', { year })}</p>}
      {hint && <p className="trade-year__hint muted">{t('tooltip.click')}</p>}
    </div>
  );
}
