import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { formatDatePoint } from '@/lib/format';
import { localText } from '@/lib/local-text';
import { otherEnd, pairsOfPlace } from '@/lib/partnerships';
import type { Lang } from '@/lib/url/lang';
import type { DatasetEvent, Partnership, Place, Source } from '@data/schema';
import { useCountryName } from '../hooks/use-country-name';
import { relatedEvents, type Focus } from '../utils/selection';
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
  const country = useCountryName(lang);
  if (selected === null) {
    return (
      <aside className="partners-details partners-details--empty" aria-label={t('details.title')}>
        <p className="muted">{t('details.empty')}</p>
      </aside>
    );
  }
  const name = (id: string) => {
    const p = places.get(id);
    return p ? localText(p.names, lang) : id;
  };
  const since = (p: Partnership) => (p.since ? formatDatePoint(p.since, lang) : t('dateUnknown'));
  const related = relatedEvents(events, selected, pairs);
  const pair = selected.kind === 'pair' ? pairs.find((p) => p.id === selected.id) : undefined;
  const place = selected.kind === 'place' ? places.get(selected.id) : undefined;
  const title = pair
    ? `${name(pair.vnPlaceId)} – ${name(pair.byPlaceId)}`
    : place
      ? localText(place.names, lang)
      : selected.id;
  const ofPlace = place ? pairsOfPlace(pairs, place.id) : [];

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
      <dl className="partners-details__facts">
        {pair && (
          <>
            <dt>{t('details.status')}</dt>
            <dd>
              <span className={`partners-status partners-status--${pair.status}`}>
                {t(`statusLong.${pair.status}`)}
              </span>
              {!visible.has(pair.id) && <span className="muted"> ({t('details.filteredOut')})</span>}
            </dd>
            <dt>{t('details.since')}</dt>
            <dd>{since(pair)}</dd>
          </>
        )}
        {place && (
          <>
            <dt>{t('details.kind')}</dt>
            <dd>
              {t('details.placeOf', {
                kind: t(`kind.${place.kind}`),
                country: country(place.country),
              })}
            </dd>
          </>
        )}
      </dl>
      {(pair ? [pair.vnPlaceId, pair.byPlaceId] : place ? [place.id] : []).map((id) => {
        const p = places.get(id);
        if (!p) return null;
        return (
          <div key={id} className="partners-details__names">
            <h3>
              {t('details.names')}
              {pair && `: ${country(p.country)}`}
            </h3>
            <ul>
              {(['vi', 'en', 'ru', 'be'] as const).map((l) =>
                p.names[l] ? (
                  <li key={l}>
                    <abbr className="partners-details__lang" title={t(`details.lang.${l}`)}>
                      {l}
                    </abbr>{' '}
                    <span lang={l}>{p.names[l]}</span>
                  </li>
                ) : null,
              )}
            </ul>
            {pair && <p className="muted partners-details__kind">{t(`kind.${p.kind}`)}</p>}
          </div>
        );
      })}
      {place && (
        <section>
          <h3>{t('details.partnerships')}</h3>
          {ofPlace.length === 0 ? (
            <p className="muted">{t('details.noPartnerships')}</p>
          ) : (
            <ul className="partners-details__pairs">
              {ofPlace.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect({ kind: 'pair', id: p.id })}
                  >
                    {name(otherEnd(p, place.id))}
                  </button>{' '}
                  <span className={`partners-status partners-status--${p.status}`}>
                    {t(`status.${p.status}`)}
                  </span>
                  {' · '}
                  {since(p)}
                  {!visible.has(p.id) && <span className="muted"> ({t('details.filteredOut')})</span>}
                  <SourceLinks ids={p.sourceIds} sources={sources} compact />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {pair && (
        <section>
          <h3>{t('details.documents')}</h3>
          {pair.documents.length === 0 ? (
            <p className="muted">{t('details.noDocuments')}</p>
          ) : (
            <ul>
              {pair.documents.map((d, i) => (
                <li key={i}>
                  {localText(d.title, lang)}
                  {d.date && (
                    <span className="muted">
                      {' '}
                      ({formatDatePoint({ start: d.date, precision: precisionOf(d.date) }, lang)})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {pair.note && (
            <p className="partners-details__note">
              <strong>{t('details.note')}:</strong> {localText(pair.note, lang)}
            </p>
          )}
        </section>
      )}
      {place?.note && (
        <p className="partners-details__note">
          <strong>{t('details.note')}:</strong> {localText(place.note, lang)}
        </p>
      )}
      <section>
        <h3>{t('details.events')}</h3>
        {related.about.length === 0 ? (
          <p className="muted">{t('details.noEvents')}</p>
        ) : (
          <EventList events={related.about} lang={lang} />
        )}
        {related.heldThere.length > 0 && (
          <details className="partners-details__held">
            <summary>{t('details.heldThere', { count: related.heldThere.length, place: title })}</summary>
            <EventList events={related.heldThere} lang={lang} />
          </details>
        )}
      </section>
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

function EventList({ events, lang }: { events: DatasetEvent[]; lang: Lang }) {
  return (
    <ul className="partners-details__events">
      {events.map((e) => (
        <li key={e.id}>
          <span className="muted nowrap">{formatDatePoint(e.date, lang)}</span>{' '}
          <AppLink to={{ pathname: '/visits', search: { event: e.id } }}>{localText(e.title, lang)}</AppLink>
        </li>
      ))}
    </ul>
  );
}

const precisionOf = (d: string) =>
  (d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day') as 'year' | 'month' | 'day';
