import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useStableCallback } from '@/hooks/use-stable-callback';
import { saveCsv } from '@/lib/csv/download';
import { rankPublishers } from '@/lib/publishers';
import { saveImage, type ExportCredit } from '@/lib/svg-export';
import type { TradePoint } from '@/lib/trade-points';
import { canonicalUrl, pageOrigin } from '@/lib/url/canonical-url';
import type { Lang } from '@/lib/url/lang';
import type { YearRange } from '@/lib/url/year-range';
import type { Source } from '@data/schema';
import { exportFileName, tradeCsv } from '../utils/trade-export';
import type { Flow, TradeSort } from '../utils/trade-params';
import { changesById, sortPoints, type Change } from '../utils/trade-series';

export interface TradeDownloadsInput {
  s: { all: TradePoint[]; official: TradePoint[]; press: TradePoint[]; chartRange: YearRange };
  params: { flow: Flow; sort: TradeSort };
  sources: Map<string, Source>;
  lang: Lang;
  search: string;
  svgRef: RefObject<SVGSVGElement | null>;
  /** The table's rows and changes when the view already worked them out. */
  table?: { rows: TradePoint[]; changes: Map<string, Change | null> } | null;
}

/**
 * The chart's three downloads, one implementation for the view's buttons and the embed's footer:
 * the CSV of the figures shown (in the table's order), and the chart as PNG or SVG with the
 * publishers of its news figures and this view's link under it. One file per click (`saveFile`
 * drops a double-click's second).
 */
export function useTradeDownloads({
  s,
  params: { flow, sort },
  sources,
  lang,
  search,
  svgRef,
  table,
}: TradeDownloadsInput) {
  const { t } = useTranslation('trade');
  const csv = () => {
    const changes = table?.changes ?? changesById(s.all, s.all);
    const rows = table?.rows ?? sortPoints([...s.official, ...s.press], changes, sort.key, sort.dir);
    const text = tradeCsv(rows, changes, [...sources.values()], flow);
    void saveCsv(exportFileName(flow, s.chartRange, 'csv'), () => text);
  };
  const credit = (): ExportCredit => {
    const publishers = rankPublishers(
      s.press.map((p) => p.figures.map((f) => f.sourceId)),
      sources,
      lang,
    );
    return {
      lines: [
        ...(publishers.length ? [t('exportPress', { publishers: publishers.join(', ') })] : []),
        t('exportCredit', {
          site: t('common:appName'),
          url: canonicalUrl(pageOrigin(), '/trade', search, lang),
        }),
      ],
    };
  };
  const image = (ext: 'png' | 'svg') =>
    saveImage(svgRef.current, exportFileName(flow, s.chartRange, ext), ext, credit);
  return {
    csv: useStableCallback(csv),
    png: useStableCallback(() => image('png')),
    svg: useStableCallback(() => image('svg')),
  };
}
