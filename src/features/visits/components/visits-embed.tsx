import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { EmbedFigure } from '@/components/embed-figure';
import { useLang } from '@/hooks/use-lang';
import { datasetQuery } from '@/lib/api/dataset';
import { useCardTexts } from '../hooks/use-card-texts';
import { useVisitsState, type VisitsData } from '../hooks/use-visits-state';
import { visitsCsv, visitsFileName } from '../utils/visits-csv';
import { TimelineChart } from './timeline/timeline-chart';
import { TimelineDownloads } from './timeline/timeline-downloads';
import { TimelineLegend } from './timeline/timeline-legend';
import './timeline/timeline.css';

/**
 * `/visits?embed=chart`: the timeline alone for an article's iframe — its title, the marks with
 * their legend and a link to the full view in the same state (years and filters stay in the URL).
 * A mark's tooltip names the event; the link opens the list.
 */
export function VisitsEmbed({ data }: { data: VisitsData }) {
  const { t } = useTranslation('visits');
  const { lang } = useLang();
  const s = useVisitsState(data);
  const textOf = useCardTexts(lang, s.index.places);
  const svgRef = useRef<SVGSVGElement>(null);
  const queryClient = useQueryClient();
  // The events drawn, oldest first, as the timeline reads; sources are fetched on click.
  const buildCsv = async () => {
    const sources = await queryClient.fetchQuery(datasetQuery('sources')).catch(() => undefined);
    return visitsCsv(s.shown, { lang, places: data.places, people: data.people, sources });
  };
  return (
    <EmbedFigure
      block="visits-embed"
      className="tl"
      title={t('timeline.creditTitle', { title: t('title'), from: s.range.from, to: s.range.to })}
      path="/visits"
      fullView={
        <>
          {t('timeline.fullView')}
          <span className="visually-hidden"> {t('timeline.newTab')}</span>
        </>
      }
      downloads={
        <>
          <CsvDownloadButton
            noun="events"
            count={s.shown.length}
            fileName={visitsFileName(s.filters, s.range)}
            build={buildCsv}
          />
          <TimelineDownloads svgRef={svgRef} events={s.shown} from={s.range.from} to={s.range.to} />
        </>
      }
    >
      <TimelineChart
        events={s.shown}
        from={s.range.from}
        to={s.range.to}
        selected={s.selectedEvent ? s.selected : null}
        textOf={textOf}
        svgRef={svgRef}
      />
      <TimelineLegend folds={false} />
    </EmbedFigure>
  );
}
