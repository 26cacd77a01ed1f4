import { useQueryClient } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ImageDownloads, type ImageExt } from '@/components/image-downloads';
import { useLang } from '@/hooks/use-lang';
import { datasetQuery } from '@/lib/api/dataset';
import { byId } from '@/lib/by-id';
import { rankPublishers } from '@/lib/publishers';
import { saveImage, type ExportCredit } from '@/lib/svg-export';
import { canonicalUrl, pageOrigin } from '@/lib/url/canonical-url';
import type { DatasetEvent } from '@data/schema';

interface TimelineDownloadsProps {
  svgRef: RefObject<SVGSVGElement | null>;
  /** The events drawn: their sources' publishers are credited. */
  events: readonly DatasetEvent[];
  from: number;
  to: number;
}

/** Publishers named in the credit line; the rest are counted. */
const NAMED = 4;

/** `vietnam-belarus-visits-1957-2026.svg`. */
export const timelineFileName = (from: number, to: number, ext: ImageExt) =>
  `vietnam-belarus-visits-${from}-${to}.${ext}`;

/** "Download PNG" / "Download SVG" of the timeline, titled and credited like the Trade chart's. */
export function TimelineDownloads({ svgRef, events, from, to }: TimelineDownloadsProps) {
  const { t } = useTranslation('visits');
  const { lang } = useLang();
  const { search } = useLocation();
  const queryClient = useQueryClient();

  // The source list is read (or fetched) on click: the view itself does not need it.
  const credit = async (): Promise<ExportCredit> => {
    const list = await queryClient.fetchQuery(datasetQuery('sources')).catch(() => []);
    const publishers = rankPublishers(
      events.map((e) => e.sourceIds),
      byId(list),
      lang,
    );
    const named = publishers.slice(0, NAMED).join(', ');
    const more = publishers.length - NAMED;
    return {
      title: t('timeline.creditTitle', { title: t('title'), from, to }),
      lines: [
        t('timeline.key'),
        ...(publishers.length === 0
          ? []
          : [
              more > 0
                ? t('timeline.sourcesMore', { list: named, count: more })
                : t('timeline.sources', { list: named }),
            ]),
        t('timeline.site', {
          site: t('common:appName'),
          url: canonicalUrl(pageOrigin(), '/visits', search, lang),
        }),
      ],
    };
  };
  const save = (ext: ImageExt) => saveImage(svgRef.current, timelineFileName(from, to, ext), ext, credit);
  const labels = { group: t('timeline.download'), png: t('timeline.png'), svg: t('timeline.svg') };
  return <ImageDownloads className="tl-downloads" labels={labels} save={save} />;
}
