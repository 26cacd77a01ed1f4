import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { localText } from '@/lib/local-text';
import type { Lang } from '@/lib/url/lang';
import type { DatasetEvent, Partnership, Place, Source } from '@data/schema';
import type { Focus } from '../utils/selection';
import {
  DetailsFacts,
  DetailsNote,
  PairDocuments,
  PlaceNames,
  PlacePairs,
  RelatedEvents,
  placeName,
} from './details-sections';
import { SourceLinks } from './source-links';

interface DetailsPanelProps {
  selected: Focus | null;
  /** Every pair (the panel lists those the filters hide too, marked as such). */
  pairs: Partnership[];
  visible: ReadonlySet<string>;
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
  events: DatasetEvent[];
  onSelect: (focus: Focus) => void;
  onClear: () => void;
  lang: Lang;
}

/** Names, kind, status, dates, documents, related events and sources of the selection. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { selected, pairs, visible, places, sources, events, onSelect, onClear, lang } = props;
  const { t } = useTranslation('partners');
  if (selected === null) {
    return (
      <aside className="partners-details partners-details--empty" aria-label={t('details.title')}>
        <p className="muted">{t('details.empty')}</p>
      </aside>
    );
  }
  const pair = selected.kind === 'pair' ? pairs.find((p) => p.id === selected.id) : undefined;
  const place = selected.kind === 'place' ? places.get(selected.id) : undefined;
  const title = pair
    ? `${placeName(places, pair.vnPlaceId, lang)} – ${placeName(places, pair.byPlaceId, lang)}`
    : place
      ? localText(place.names, lang)
      : selected.id;
  // A pair's two ends (Vietnamese first), or the locality itself.
  const named = (pair ? [pair.vnPlaceId, pair.byPlaceId] : place ? [place.id] : []).flatMap((id) => {
    const p = places.get(id);
    return p ? [p] : [];
  });

  return (
    <aside
      className="partners-details"
      aria-labelledby="partners-details-title"
      data-testid="partners-details"
    >
      <div className="partners-details__head">
        <h2 id="partners-details-title">{title}</h2>
        <button
          type="button"
          className="partners-details__close"
          onClick={onClear}
          aria-label={t('details.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <DetailsFacts pair={pair} place={place} visible={visible} lang={lang} />
      {named.map((p) => (
        <PlaceNames key={p.id} place={p} ofPair={pair !== undefined} lang={lang} />
      ))}
      {place && (
        <PlacePairs
          place={place}
          pairs={pairs}
          visible={visible}
          places={places}
          sources={sources}
          onSelect={onSelect}
          lang={lang}
        />
      )}
      {pair && <PairDocuments pair={pair} lang={lang} />}
      {place?.note && <DetailsNote note={place.note} lang={lang} />}
      <RelatedEvents events={events} selected={selected} pairs={pairs} title={title} lang={lang} />
      {pair && (
        <section>
          <h3>{t('details.sources')}</h3>
          <SourceLinks ids={pair.sourceIds} sources={sources} />
        </section>
      )}
      <p className="partners-details__share">
        <AppLink to={{ pathname: '/partners', search: { [selected.kind]: selected.id } }}>
          {t('details.share')}
        </AppLink>
      </p>
    </aside>
  );
}
