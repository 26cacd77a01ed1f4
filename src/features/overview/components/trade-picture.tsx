import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { SeriesMarker } from '@/components/series-marker';
import { useElementWidth } from '@/hooks/use-element-width';
import { formatNumber } from '@/lib/format';
import { SIDES } from '@/lib/trade-points';
import { localeOf, type Lang } from '@/lib/url/lang';
import { pictureGeometry, type PictureGeometry } from '../utils/picture-geometry';
import { yearRuns, type TradePicture } from '../utils/trade-picture';
import { DASH, TradePictureLegend } from './trade-picture-legend';
import { TradePictureTable } from './trade-picture-table';

/** Drawn this wide until the box is measured (the prerendered page, jsdom): a phone's width. */
const FALLBACK_WIDTH = 340;
/** Fixed, so the page does not move when the drawing is redrawn at the measured width. */
const HEIGHT = 170;

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
              <PictureDrawing g={g} width={width} lang={lang} />
            </div>
            <TradePictureTable picture={picture} lang={lang} />
            <figcaption>
              <TradePictureLegend picture={picture} doubts={g.doubts.length > 0} />
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

/** The drawing: value grid and years, each side's line and dots, the press marks and "?" badges. */
function PictureDrawing({ g, width, lang }: { g: PictureGeometry; width: number; lang: Lang }) {
  return (
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
  );
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
