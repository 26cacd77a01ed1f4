import { useTranslation } from 'react-i18next';
import { formatPeriod, formatQualified, formatUsd } from '@/lib/format';
import { SIDES, type Side, type TradePoint } from '@/lib/trade-points';
import type { Lang } from '@/lib/url/lang';
import type { TradePicture } from '../utils/trade-picture';

/**
 * Every figure of the picture in a table, for screen readers: a row per year with each side's
 * official total and the press figures. A table is never narrower than its cells: the wrapper is
 * what is hidden.
 */
export function TradePictureTable({ picture, lang }: { picture: TradePicture; lang: Lang }) {
  const { t } = useTranslation('overview');
  const pressValue = (f: TradePoint) => {
    const value = formatQualified(formatUsd(f.valueUsd, lang), f.qualifier, lang);
    const text = f.partial
      ? t('picture.newsPartial', {
          value,
          side: t(`picture.side.${f.reporter}`),
          period: formatPeriod(f, lang),
        })
      : t('picture.newsValue', { value, side: t(`picture.side.${f.reporter}`) });
    return f.uncertain ? t('picture.doubtfulValue', { value: text }) : text;
  };
  return (
    <div className="visually-hidden">
      <table>
        <caption>{t('picture.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('picture.year')}</th>
            <th scope="col">{t('picture.officialVN')}</th>
            <th scope="col">{t('picture.officialBY')}</th>
            <th scope="col">{t('picture.news')}</th>
          </tr>
        </thead>
        <tbody>
          {tableRows(picture).map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {SIDES.map((side) => {
                const o = row.official[side];
                const text = o ? formatUsd(o.valueUsd, lang) : t('picture.none');
                return (
                  <td key={side}>
                    {o?.uncertain
                      ? t('picture.doubtfulValue', { value: text })
                      : o?.estimated
                        ? t('picture.estimatedValue', { value: text })
                        : text}
                  </td>
                );
              })}
              <td>{row.press.length ? row.press.map(pressValue).join('; ') : t('picture.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The years with any figure, each with its official totals and press figures. */
function tableRows(p: TradePicture) {
  const rows = new Map<
    number,
    {
      year: number;
      official: Partial<Record<Side, TradePicture['official'][Side][number]>>;
      press: TradePoint[];
    }
  >();
  const row = (year: number) => {
    let r = rows.get(year);
    if (!r) rows.set(year, (r = { year, official: {}, press: [] }));
    return r;
  };
  for (const side of SIDES) for (const o of p.official[side]) row(o.year).official[side] = o;
  for (const f of p.press) row(f.year).press.push(f);
  return [...rows.values()].sort((a, b) => a.year - b.year);
}
