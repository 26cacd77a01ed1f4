import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { LineKey, SeriesMarker } from '@/components/series-marker';
import { useElementWidth } from '@/hooks/use-element-width';
import { formatNumber, formatPeriod, formatQualified, formatUsd } from '@/lib/format';
import { SIDES, type Side, type TradePoint } from '@/lib/trade-points';
import { localeOf, type Lang } from '@/lib/url/lang';
import { pictureGeometry } from '../utils/picture-geometry';
import { yearRuns, type TradePicture } from '../utils/trade-picture';

/** Drawn this wide until the box is measured (the prerendered page, jsdom): a phone's width. */
const FALLBACK_WIDTH = 340;
/** Fixed, so the page does not move when the drawing is redrawn at the measured width. */
const HEIGHT = 170;
/** Belarus's line is dashed, as in the Trade view: the sides differ by more than colour. */
const DASH: Record<Side, string | undefined> = { VN: undefined, BY: '6 3' };

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg
      className="ov-swatch"
      width="26"
      height="12"
      viewBox="0 -6 26 12"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A value tick in millions, the unit being in the title: 200e6 → "200". */
const tickLabel = (usd: number, lang: Lang) => formatNumber(usd / 1e6, lang);

/** "2001–2013", kept on one line (word joiners: a browser may break after a dash). */
const spanText = (from: number, to: number) => (from === to ? String(from) : `${from}\u2060–\u2060${to}`);

/** "1992, 1994, 2001–2013 and 2018–2020" in the reader's language. */
function yearList(years: readonly number[], lang: Lang): string {
  const runs = yearRuns(years).map(([a, b]) => spanText(a, b));
  return new Intl.ListFormat(localeOf(lang), { type: 'conjunction' }).format(runs);
}

/**
 * The Overview's small picture of trade: each side's official totals as a line, the newest press
 * figures as marks, a generated sentence saying what is drawn and which years a side gives no
 * total for, and every figure in a table for screen readers. Drawn by hand: the Overview's first
 * paint cannot afford a chart library.
 */
export function TradePictureSection({ picture, lang }: { picture: TradePicture | null; lang: Lang }) {
  const { t } = useTranslation('overview');
  const { ref, width: measured } = useElementWidth<HTMLDivElement>();
  const width = measured || FALLBACK_WIDTH;
  const g = useMemo(
    () => (picture ? pictureGeometry(picture, width, HEIGHT, (usd) => tickLabel(usd, lang)) : null),
    [picture, width, lang],
  );

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
    <section className="overview__picture" aria-labelledby="overview-picture-title">
      <h2 id="overview-picture-title">{t('picture.title')}</h2>
      {/* Always there to be measured, so a picture that appears on a year step is drawn to fit. */}
      <div ref={ref}>
        {!picture || !g ? (
          <p className="muted">{t('picture.empty')}</p>
        ) : (
          <figure className="trade-picture">
            <div className="trade-picture__box">
              <svg
                className="trade-picture__svg"
                width={width}
                height={HEIGHT}
                viewBox={`0 0 ${width} ${HEIGHT}`}
                preserveAspectRatio="xMinYMid meet"
                aria-hidden="true"
                focusable="false"
                data-testid="trade-picture"
              >
                <g className="trade-picture__grid">
                  {g.yTicks.map(({ value, y }) => (
                    <g key={value}>
                      <line x1={g.plot.left} x2={g.plot.right} y1={y} y2={y} />
                      <text x={g.plot.left - 5} y={y + 4} textAnchor="end">
                        {tickLabel(value, lang)}
                      </text>
                    </g>
                  ))}
                  {g.xTicks.map(({ year, x }) => (
                    <text key={year} x={x} y={HEIGHT - 6} textAnchor="middle">
                      {year}
                    </text>
                  ))}
                </g>
                {SIDES.map((side) => (
                  <path
                    key={side}
                    className={`ov-line ov-series-${side}`}
                    d={g.lines[side]}
                    strokeDasharray={DASH[side]}
                  />
                ))}
                {g.dots.map((d) => (
                  <circle
                    key={`${d.side}-${d.year}`}
                    className={`ov-dot ov-series-${d.side}`}
                    cx={d.x}
                    cy={d.y}
                    r={2.2}
                  />
                ))}
                <g className="trade-picture__marks">
                  {g.marks.map((m) => (
                    <SeriesMarker
                      key={m.id}
                      reporter={m.reporter}
                      x={m.x}
                      y={m.y}
                      hollow={m.hollow}
                      size={4.5}
                      outlined
                    />
                  ))}
                </g>
                {g.doubts.map((d, i) => (
                  <text key={i} className="trade-picture__doubt" x={d.x + 6} y={d.y - 5}>
                    ?
                  </text>
                ))}
              </svg>
            </div>
            {/* A table is never narrower than its cells: the wrapper is what is hidden. */}
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
            <figcaption>
              <ul className="trade-picture__legend">
                {SIDES.filter((s) => picture.official[s].length > 0).map((side) => (
                  <li key={`official-${side}`}>
                    <Swatch>
                      <LineKey
                        className={`ov-line ov-series-${side}`}
                        dotClassName={`ov-dot ov-series-${side}`}
                        dash={DASH[side]}
                        x1={1}
                        x2={25}
                        y={0}
                        r={2.2}
                      />
                    </Swatch>
                    {t(`picture.official${side}`)}
                  </li>
                ))}
                {SIDES.filter((s) => picture.press.some((f) => f.reporter === s)).map((side) => (
                  <li key={`press-${side}`}>
                    <Swatch>
                      {/* Hollow when the side's only figures cover part of a year: the key shows what is drawn. */}
                      <SeriesMarker
                        reporter={side}
                        x={13}
                        y={0}
                        hollow={picture.press.every((f) => f.reporter !== side || f.partial)}
                        size={4}
                        outlined
                      />
                    </Swatch>
                    {t(`picture.press${side}`)}
                  </li>
                ))}
                {picture.press.some((f) => f.partial) && (
                  <li>
                    <Swatch>
                      <SeriesMarker
                        reporter={picture.press.find((f) => f.partial)!.reporter}
                        x={13}
                        y={0}
                        hollow
                        size={4}
                        outlined
                      />
                    </Swatch>
                    {t('picture.partial')}
                  </li>
                )}
                {g.doubts.length > 0 && <li>{t('picture.doubtful')}</li>}
              </ul>
              <p className="trade-picture__text">{pictureSentence(picture, lang, t)}</p>
            </figcaption>
          </figure>
        )}
      </div>
      <p className="overview__more-link">
        <AppLink to="/trade">{t('picture.open')}</AppLink>
      </p>
    </section>
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

/** What is drawn, from the data: the official years, each side's missing years, the press years. */
function pictureSentence(
  p: TradePicture,
  lang: Lang,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const parts: string[] = [];
  if (p.officialSpan) {
    parts.push(t('picture.lines', { years: spanText(p.officialSpan.from, p.officialSpan.to) }));
    for (const side of SIDES) {
      if (p.missing[side].length)
        parts.push(t(`picture.missing${side}`, { years: yearList(p.missing[side], lang) }));
    }
  } else {
    parts.push(t('picture.noOfficial'));
  }
  if (p.press.length) {
    const years = p.press.map((f) => f.year);
    parts.push(t('picture.marks', { years: spanText(Math.min(...years), Math.max(...years)) }));
  }
  return parts.join(' ');
}
