import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ImageDownloads, type ImageExt } from '@/components/image-downloads';
import { useLang } from '@/hooks/use-lang';
import { saveImage, type ExportCredit } from '@/lib/svg-export';
import { canonicalUrl, pageOrigin } from '@/lib/url/canonical-url';
import type { Partnership, Source } from '@data/schema';
import { mapFileName, pairPublishers } from '../utils/map-credit';

interface MapDownloadsProps {
  svgRef: RefObject<SVGSVGElement | null>;
  /** The pairs on the map: their sources are credited. */
  pairs: readonly Partnership[];
  sources: ReadonlyMap<string, Source>;
  /** The filter's end year: the map shows the pairs in place by then. */
  to: number;
}

/** "Download PNG" / "Download SVG" of the map, titled and credited like the Trade chart's images. */
export function MapDownloads({ svgRef, pairs, sources, to }: MapDownloadsProps) {
  const { t } = useTranslation('partners');
  const { lang } = useLang();
  const { search } = useLocation();

  const credit = (): ExportCredit => {
    const publishers = pairPublishers(pairs, sources, lang);
    return {
      title: t('credit.title', { title: t('title'), to }),
      lines: [
        ...(publishers.length ? [t('credit.sources', { list: publishers.join(', ') })] : []),
        t('credit.baseMap'),
        t('credit.site', {
          site: t('common:appName'),
          url: canonicalUrl(pageOrigin(), '/partners', search, lang),
        }),
      ],
    };
  };
  const save = (ext: ImageExt) => saveImage(svgRef.current, mapFileName(to, ext), ext, credit);
  const labels = { group: t('download.label'), png: t('download.png'), svg: t('download.svg') };
  return <ImageDownloads className="partners-downloads" labels={labels} save={save} />;
}
