import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { EmbedFigure } from '@/components/embed-figure';
import { useLang } from '@/hooks/use-lang';
import { useYearRange } from '@/hooks/use-year-range';
import { usePartnersState, type PartnersData } from '../hooks/use-partners-state';
import { firstPublishers, pairPublishers } from '../utils/map-credit';
import { pairsCsv, pairsFileName } from '../utils/pairs-csv';
import { parsePartnersParams } from '../utils/partners-params';
import { MapArea, MapSkeleton } from './lazy-map';
import { MapDownloads } from './map-downloads';
import { MapLegend } from './map-legend';

/** Side by side down to this width (a 600 px iframe), and shorter than the full view's map. */
const EMBED_LAYOUT = { narrow: 480, minHeight: 300, maxHeight: 310 };
/** Publishers named in the one-line credit; the rest are counted (the full view lists them all). */
const NAMED = 2;

/**
 * `/partners?embed=chart`: the figure alone for an article's iframe — the view's title, the map
 * with its legend, a one-line source credit and a link to the full view in the same state
 * (years, filters and selection stay in the URL; the selection still highlights on the map).
 */
export function PartnersEmbed({ data }: { data: PartnersData }) {
  const { t } = useTranslation('partners');
  const { lang } = useLang();
  const { search } = useLocation();
  const s = usePartnersState(data);
  const { range } = useYearRange();
  const svgRef = useRef<SVGSVGElement>(null);
  const { status, undated } = parsePartnersParams(new URLSearchParams(search)).value;
  const { list, more } = firstPublishers(pairPublishers(s.visible, s.sources, lang), NAMED);
  const names = list.join(', ');
  const sources =
    more > 0 ? t('credit.sourcesMore', { list: names, count: more }) : t('credit.sources', { list: names });

  return (
    <EmbedFigure
      block="partners-embed"
      className="partners"
      title={t('title')}
      path="/partners"
      fullView={
        <>
          {t('embed.fullView')}
          <span className="visually-hidden"> {t('embed.newTab')}</span>
        </>
      }
      credit={list.length > 0 && <span className="partners-embed__credit">{sources}</span>}
      downloads={
        <>
          <CsvDownloadButton
            noun="pairs"
            count={s.visible.length}
            fileName={pairsFileName({ status, undated, to: range.to })}
            build={() => pairsCsv(s.visible, { lang, places: s.places, sources: s.sources })}
          />
          <MapDownloads svgRef={svgRef} pairs={s.visible} sources={s.sources} to={range.to} />
        </>
      }
    >
      <Suspense fallback={<MapSkeleton />}>
        <MapArea {...s.map} layoutOptions={EMBED_LAYOUT} hint={false} svgRef={svgRef} />
      </Suspense>
      <MapLegend buckets={s.buckets} compact />
    </EmbedFigure>
  );
}
