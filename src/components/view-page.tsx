import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetsState } from '@/hooks/use-datasets';
import { useEmbed } from '@/hooks/use-embed';
import type { Dataset, DatasetKey } from '@/lib/api/dataset';
import { DataGate } from './data-gate';

/** The id of a view's h1, which its page is labelled by: `trade-title`. */
export const viewTitleId = (ns: string) => `${ns}-title`;

interface ViewHeadingProps {
  /** The view's i18n namespace, also its class and its heading's id. */
  ns: string;
  ledeValues?: Record<string, unknown>;
}

/** A view's h1 and lede, from its namespace's `title` and `lede` (the lede given `ledeValues`). */
export function ViewHeading({ ns, ledeValues }: ViewHeadingProps) {
  const { t } = useTranslation(ns);
  return (
    <>
      <h1 id={viewTitleId(ns)}>{t('title')}</h1>
      <p className="lede">{t('lede', ledeValues)}</p>
    </>
  );
}

interface ViewPageProps<K extends DatasetKey> extends ViewHeadingProps {
  /** The data files the view needs; its namespace's `what` names them while they load. */
  state: DatasetsState<K>;
  /** Shown between the lede and the data, whether or not it has loaded (e.g. a URL notice). */
  notice?: ReactNode;
  /** What `?embed=chart` shows instead of the page, once the data is in; without it the page shows. */
  chart?: (data: Pick<Dataset, K>) => ReactNode;
  children: (data: Pick<Dataset, K>) => ReactNode;
}

/**
 * A view's page: a section labelled by its heading, the lede, then the view once its data is in
 * (a skeleton or an error with Retry before that). The class and ids follow the namespace.
 */
export function ViewPage<K extends DatasetKey>({
  ns,
  ledeValues,
  state,
  notice,
  chart,
  children,
}: ViewPageProps<K>) {
  const { t } = useTranslation(ns);
  const gate = (render: (data: Pick<Dataset, K>) => ReactNode) => (
    <DataGate state={state} what={t('what')}>
      {render}
    </DataGate>
  );
  if (useEmbed() === 'chart' && chart) return gate(chart);
  return (
    <section className={`view ${ns}`} aria-labelledby={viewTitleId(ns)}>
      <ViewHeading ns={ns} ledeValues={ledeValues} />
      {notice}
      {gate(children)}
    </section>
  );
}
