import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '@/hooks/use-lang';
import { registerNamespace } from '@/i18n/i18n';
import { copyName, copyUrl, localPublisher, type SourceCopy } from '@/lib/publishers';
import type { Source } from '@data/schema';
import { ExternalLink } from './external-link';
import { locales } from './source-citation-locales';

registerNamespace('sourceCitation', locales);

export interface SourceCitationProps {
  /** The sources of one figure or record (several for a computed total or balance). */
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
  /** Shown for an id no source record has (never silently dropped). */
  unknown: string;
  /**
   * `full` (default): publisher, then the title, linked where the URL is known; `dated`: the same
   * with the source's date; `short`: the publisher and year, linked; `publisher`: the name alone;
   * `entry` (a list of sources): the publisher over the title and its language, the copy used
   * on a line of its own.
   */
  form?: 'full' | 'dated' | 'short' | 'publisher' | 'entry';
}

/**
 * The one way a figure names its source, in every view: the publisher in the reader's language,
 * then the title (a link to the publisher's page when the URL is known); a statistical dataset by
 * its name, with the copy its files were read from named beside it. Repeated ids (both flows of a
 * total from one dataset) are named once.
 */
export function SourceCitation({ ids, sources, unknown, form = 'full' }: SourceCitationProps) {
  const { lang } = useLang();
  const unique = [...new Set(ids)];
  return (
    <>
      {unique.map((id, i) => {
        const s = sources.get(id);
        const title = s?.dataset ?? s?.title;
        const titled = s?.url ? <ExternalLink href={s.url}>{title}</ExternalLink> : <cite>{title}</cite>;
        const publisher = s ? localPublisher(s, lang) : unknown;
        return (
          <Fragment key={id}>
            {i > 0 && '; '}
            {!s ? (
              unknown
            ) : form === 'short' ? (
              <span className="source-citation">
                {s.url ? (
                  <ExternalLink href={s.url}>{`${publisher} (${s.date.slice(0, 4)})`}</ExternalLink>
                ) : (
                  <cite>{`${publisher} (${s.date.slice(0, 4)})`}</cite>
                )}
                {s.copy && <CopyUsed copy={s.copy} form="inline" />}
              </span>
            ) : form === 'entry' ? (
              <span className="source-citation">
                <span className="source-publisher">{publisher}</span>
                <br />
                {titled} <span className="muted">({s.language})</span>
                {s.copy && <CopyUsed copy={s.copy} form="line" />}
              </span>
            ) : (
              <span className="source-citation">
                <span className="source-publisher">{publisher}</span>
                {form !== 'publisher' && (
                  <>
                    {', '}
                    {titled}
                    {s.copy && <CopyUsed copy={s.copy} form="inline" />}
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

/**
 * The copy a dataset's files were read from, linked at the commit used: `inline`, after a
 * citation, " (copy used: GitHub owner/repo, 2022)"; `line`, on a line of its own, with the
 * commit, its date and the files.
 */
export function CopyUsed({ copy, form }: { copy: SourceCopy; form: 'inline' | 'line' }) {
  const { t } = useTranslation('sourceCitation');
  const link = <ExternalLink href={copyUrl(copy)}>{copyName(copy)}</ExternalLink>;
  if (form === 'inline') {
    return (
      <span>
        {' ('}
        {t('copy.inline')} {link}
        {t('copy.year', { year: copy.date.slice(0, 4) })})
      </span>
    );
  }
  return (
    <span className="source-copy">
      {t('copy.line')} {link}
      {t('copy.detail', { commit: copy.commit.slice(0, 12), date: copy.date, paths: copy.paths.join(', ') })}
    </span>
  );
}

/**
 * On paper, under a table whose cells cite sources by number: the numbered list of those sources,
 * each with its address (printed after the link) and the copy a dataset was read from.
 */
export function SourceNotes({
  notes,
  sources,
  unknown,
}: {
  notes: ReadonlyMap<string, number>;
  sources: ReadonlyMap<string, Source>;
  unknown: string;
}) {
  const { t } = useTranslation('sourceCitation');
  return (
    <section className="print-only source-notes">
      <h3>{t('notes')}</h3>
      <ol>
        {[...notes.keys()].map((id) => (
          <li key={id}>
            <SourceCitation ids={[id]} sources={sources} unknown={unknown} form="dated" />
          </li>
        ))}
      </ol>
    </section>
  );
}
