import { lazy, memo, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '@/hooks/use-element-width';
import { useInView } from '@/hooks/use-in-view';
import { numberFormat } from '@/lib/format';
import { localeOf, type Lang } from '@/lib/url/lang';
import type { YearRange } from '@/lib/url/year-range';
import type { OfficialFigure } from '@data/schema';
import { signedUsd } from '../utils/chart-format';
import { CONTEXT_PARTNERS, officialYears, partnersOverTime, tradeShares } from '../utils/trade-context';
import type { ContextLine, ContextLinesChartProps } from './context-lines-chart';

// Recharts stays out of the view's first paint: these lines arrive when the section is reached.
const ContextLinesChart = lazy(() =>
  import('./context-lines-chart').then((m) => ({ default: m.ContextLinesChart })),
);

const DASH: Record<string, string | undefined> = { BY: undefined, RU: '6 3', KZ: '2 3', AZ: '8 3 2 3' };

type Row = ContextLinesChartProps['rows'][number];

interface Props {
  official: OfficialFigure[];
  range: YearRange;
  lang: Lang;
}

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
  const shares = useMemo(() => tradeShares(official, range) as Row[], [official, range]);
  const span = useMemo(() => {
    const years = officialYears(official);
    return { first: years?.from, last: years?.to };
  }, [official]);
  const usd = (v: number) => signedUsd(v, lang);
  const pct = (v: number) =>
    numberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 3 }).format(v);
  const partnerLines: ContextLine[] = CONTEXT_PARTNERS.map((p) => ({
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
  const chart = { width, height: width < 520 ? 220 : 280, lang, draw: inView };

  return (
    <div className="trade-context-lines" ref={ref}>
      <h3>{t('context.overTime')}</h3>
      <p className="trade-note">
        {shown ? t('context.overTimeYears', { ...shown, ...span }) : t('context.overTimeNone', span)}
      </p>
      {shown && (
        <>
          <LinesWithTable
            {...chart}
            title={t('context.overTime')}
            rows={rows}
            lines={partnerLines}
            unit="usd"
            format={usd}
          />
          <h3>{t('shares.title')}</h3>
          <p className="trade-note">{t('shares.lede')}</p>
          <LinesWithTable
            {...chart}
            title={t('shares.title')}
            rows={shares}
            lines={shareLines}
            unit="percent"
            format={pct}
          />
        </>
      )}
    </div>
  );
});

interface LinesWithTableProps extends Omit<ContextLinesChartProps, 'rows'> {
  title: string;
  rows: Row[];
  /** Draw the chart (the section has been reached). */
  draw: boolean;
  format: (v: number) => string;
}

/** A legend, the lines (a picture) and the same values as a table, a dash for a missing year. */
function LinesWithTable({ title, rows, lines, draw, format, ...chart }: LinesWithTableProps) {
  const { t } = useTranslation('trade');
  return (
    <>
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
      <div className="trade-context-lines__chart" style={{ height: chart.height }} aria-hidden="true">
        {draw && (
          <Suspense fallback={null}>
            <ContextLinesChart {...chart} rows={rows} lines={lines} />
          </Suspense>
        )}
      </div>
      <details className="trade-context-lines__table">
        <summary>{t('context.asTable')}</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.year')}</th>
                {lines.map((l) => (
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
                  {lines.map((l) => {
                    const v = r[l.key];
                    return (
                      <td key={l.key} className="num">
                        {v === undefined ? '–' : format(v)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
