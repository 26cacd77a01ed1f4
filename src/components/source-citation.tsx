import type { Source } from '@data/schema';
import { Fragment } from 'react';
import { ExternalLink } from './external-link';

export interface SourceCitationProps {
  /** The sources of one figure or record (several for a computed total or balance). */
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
  /** Shown for an id no source record has (never silently dropped). */
  unknown: string;
  /**
   * `full` (default): publisher, then the title, linked where the URL is known; `dated`: the same
   * with the source's date; `short`: the publisher and year, linked; `publisher`: the name alone.
   */
  form?: 'full' | 'dated' | 'short' | 'publisher';
}

/**
 * The one way a figure names its source, in every view: the publisher, then the title (a link
 * when the URL is known); a statistical dataset by its name. Repeated ids (both flows of a total
 * from one dataset) are named once.
 */
export function SourceCitation({ ids, sources, unknown, form = 'full' }: SourceCitationProps) {
  const unique = [...new Set(ids)];
  return (
    <>
      {unique.map((id, i) => {
        const s = sources.get(id);
        const title = s?.dataset ?? s?.title;
        return (
          <Fragment key={id}>
            {i > 0 && '; '}
            {!s ? (
              unknown
            ) : form === 'short' ? (
              <span className="source-citation">
                {s.url ? (
                  <ExternalLink href={s.url}>{`${s.publisher} (${s.date.slice(0, 4)})`}</ExternalLink>
                ) : (
                  <cite>{`${s.publisher} (${s.date.slice(0, 4)})`}</cite>
                )}
              </span>
            ) : (
              <span className="source-citation">
                <span className="source-publisher">{s.publisher}</span>
                {form !== 'publisher' && (
                  <>
                    {', '}
                    {s.url ? <ExternalLink href={s.url}>{title}</ExternalLink> : <cite>{title}</cite>}
                  </>
                )}
                {form === 'dated' && <span className="muted">, {s.date}</span>}
              </span>
            )}
          </Fragment>
        );
      })}
    </>
  );
}
