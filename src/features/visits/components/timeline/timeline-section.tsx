import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetEvent } from '@data/schema';
import type { CardText } from '../../utils/card-text';
import type { CommissionGaps } from '../../utils/commission-gaps';
import { CommissionNote } from './commission-note';
import { TimelineChart } from './timeline-chart';
import { TimelineDownloads } from './timeline-downloads';
import { TimelineLegend } from './timeline-legend';
import './timeline.css';

interface TimelineSectionProps {
  events: readonly DatasetEvent[];
  from: number;
  to: number;
  selected: string | null;
  textOf: (event: DatasetEvent) => CardText;
  gaps: readonly CommissionGaps[];
  onOpen: (id: string) => void;
}

/** The timeline above the list: the chart, its legend, the missing sessions and the downloads. */
export function TimelineSection({ events, from, to, selected, textOf, gaps, onOpen }: TimelineSectionProps) {
  const { t } = useTranslation('visits');
  const svgRef = useRef<SVGSVGElement>(null);
  return (
    <figure className="tl" aria-labelledby="tl-title">
      <figcaption className="tl__head">
        <h2 id="tl-title">{t('timeline.title', { from, to })}</h2>
        <p className="tl__hint">{t('timeline.hint')}</p>
      </figcaption>
      <TimelineChart
        events={events}
        from={from}
        to={to}
        selected={selected}
        textOf={textOf}
        onOpen={onOpen}
        svgRef={svgRef}
      />
      <TimelineLegend>
        <CommissionNote gaps={gaps} />
      </TimelineLegend>
      <TimelineDownloads svgRef={svgRef} events={events} from={from} to={to} />
    </figure>
  );
}
