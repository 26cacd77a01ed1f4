import type { OfficialFigure } from '@data/schema';
import { lazy, memo, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '@/hooks/use-element-width';
import { useInView } from '@/hooks/use-in-view';
import { numberFormat } from '@/lib/format';
import { localeOf, type Lang } from '@/lib/url/lang';
import type { YearRange } from '@/lib/url/year-range';
import { signedUsd } from '../utils/chart-format';
import { OVER_TIME_PARTNERS, partnersOverTime, tradeShares } from '../utils/trade-context';
import type { ContextLine } from './context-lines-chart';

// Recharts stays out of the view's first paint: these lines arrive when the section is reached.
const ContextLinesChart = lazy(() =>
  import('./context-lines-chart').then((m) => ({ default: m.ContextLinesChart })),
);

const DASH: Record<string, string | undefined> = { BY: undefined, RU: '6 3', KZ: '2 3', AZ: '8 3 2 3' };

interface Props {
  official: OfficialFigure[];
  range: YearRange;
  lang: Lang;
}

/** A figure or a dash for a missing year, in a table cell. */
const cell = (v: number | undefined, format: (v: number) => string) => (v === undefined ? '–' : format(v));

/**
 * Vietnam's trade with Belarus beside Russia, Kazakhstan and Azerbaijan over the official years,
 * and each country's share of the other's trade: lines (a picture) and the same values as a table.
 */
export const ContextOverTime = memo(function ContextOverTime({ official, range, lang }: Props) {
  const { t } = useTranslation('trade');
  const { ref, width: measured } = useElementWidth<HTMLDivElement>();
  const inView = useInView(ref);
  const width = measured || 720;
  const rows = useMemo(() => partnersOverTime(official, range), [official, range]);
  const shares = useMemo(() => tradeShares(official, range), [official, range]);
  const span = useMemo(() => {
    const years = official.map((f) => f.year);
    return { from: Math.min(...years), to: Math.max(...years) };
  }, [official]);
  const usd = (v: number) => signedUsd(v, lang);
  const pct = (v: number) =>
    numberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 3 }).format(v);
  const partnerLines: ContextLine[] = OVER_TIME_PARTNERS.map((p) => ({
    key: p,
    label: t(`context.partner.${p}`),
    className: `ctx-${p}`,
    dash: DASH[p],
  }));
  const shareLines: ContextLine[] = [
    { key: 'belarusInVietnam', label: t('shares.belarusInVietnam'), className: 'ctx-BY' },
    { key: 'vietnamInBelarus', label: t('shares.vietnamInBelarus'), className: 'ctx-RU', dash: '6 3' },
  ];
  const shown = rows.length ? { from: rows[0]!.year, to: rows.at(-1)!.year } : null;
  const height = width < 520 ? 220 : 280;

  return (
    <div className="trade-context-lines" ref={ref}>
      <h3>{t('context.overTime')}</h3>
      <p className="trade-note">
        {shown
          ? t('context.overTimeYears', { from: shown.from, to: shown.to, first: span.from, last: span.to })
          : t('context.overTimeNone', { first: span.from, last: span.to })}
      </p>
      {shown && (
        <>
          <ChartLegend lines={partnerLines} />
          <div className="trade-context-lines__chart" style={{ height }} aria-hidden="true">
            {inView && (
              <Suspense fallback={null}>
                <ContextLinesChart
                  rows={rows}
                  lines={partnerLines}
                  width={width}
                  height={height}
                  lang={lang}
                  unit="usd"
                />
              </Suspense>
            )}
          </div>
          <details className="trade-context-lines__table">
            <summary>{t('context.asTable')}</summary>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('context.overTime')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('col.year')}</th>
                    {partnerLines.map((l) => (
                      <th key={l.key} scope="col" className="num">
                        {l.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.year}>
                      <th scope="row">{r.year}</th>
                      {OVER_TIME_PARTNERS.map((p) => (
                        <td key={p} className="num">
                          {cell(r[p], usd)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>

          <h3>{t('shares.title')}</h3>
          <p className="trade-note">{t('shares.lede')}</p>
          <ChartLegend lines={shareLines} />
          <div className="trade-context-lines__chart" style={{ height }} aria-hidden="true">
            {inView && (
              <Suspense fallback={null}>
                <ContextLinesChart
                  rows={shares as ({ year: number } & Record<string, number | undefined>)[]}
                  lines={shareLines}
                  width={width}
                  height={height}
                  lang={lang}
                  unit="percent"
                />
              </Suspense>
            )}
          </div>
          <details className="trade-context-lines__table">
            <summary>{t('context.asTable')}</summary>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('shares.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('col.year')}</th>
                    {shareLines.map((l) => (
                      <th key={l.key} scope="col" className="num">
                        {l.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shares.map((r) => (
                    <tr key={r.year}>
                      <th scope="row">{r.year}</th>
                      <td className="num">{cell(r.belarusInVietnam, pct)}</td>
                      <td className="num">{cell(r.vietnamInBelarus, pct)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </div>
  );
});

function ChartLegend({ lines }: { lines: ContextLine[] }) {
  return (
    <ul className="trade-context-lines__legend">
      {lines.map((l) => (
        <li key={l.key} className={l.className}>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" x2="27" y1="5" y2="5" strokeDasharray={l.dash} />
          </svg>
          {l.label}
        </li>
      ))}
    </ul>
  );
}
