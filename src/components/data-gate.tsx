import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetsState } from '@/hooks/use-datasets';
import type { DatasetKey, Dataset } from '@/lib/api/dataset';

interface DataGateProps<K extends DatasetKey> {
  state: DatasetsState<K>;
  /** What is loading, in the reader's words: "trade figures". */
  what: string;
  children: (data: Pick<Dataset, K>) => ReactNode;
}

/** Skeleton while loading, an error with Retry if a file fails, else the view. */
export function DataGate<K extends DatasetKey>({ state, what, children }: DataGateProps<K>) {
  const { t } = useTranslation();
  if (state.error) {
    return (
      <div className="data-error" role="alert">
        <p>{t('data.error', { what, reason: state.error.message })}</p>
        <button type="button" onClick={state.retry}>
          {t('data.retry')}
        </button>
      </div>
    );
  }
  if (!state.data) {
    return (
      <div className="skeleton" role="status" aria-live="polite">
        <span className="visually-hidden">{t('data.loading', { what })}</span>
        <div className="skeleton__bar" />
        <div className="skeleton__bar skeleton__bar--short" />
        <div className="skeleton__block" />
      </div>
    );
  }
  return <>{children(state.data)}</>;
}
