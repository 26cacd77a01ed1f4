import { useQueries } from '@tanstack/react-query';
import { datasetQuery, type Dataset, type DatasetKey } from '@/lib/api/dataset';

export interface DatasetsState<K extends DatasetKey> {
  data: Pick<Dataset, K> | undefined;
  isPending: boolean;
  error: Error | null;
  retry: () => void;
}

/** Loads several data files; `data` is set once all have arrived. */
export function useDatasets<K extends DatasetKey>(...keys: K[]): DatasetsState<K> {
  return useQueries({
    queries: keys.map((k) => datasetQuery(k)),
    combine: (results) => {
      const error = results.find((r) => r.error)?.error ?? null;
      const done = results.every((r) => r.data !== undefined);
      const data = done
        ? (Object.fromEntries(keys.map((k, i) => [k, results[i]!.data])) as Pick<Dataset, K>)
        : undefined;
      return {
        data,
        isPending: !done && !error,
        error,
        retry: () => {
          for (const r of results) if (r.error) void r.refetch();
        },
      };
    },
  });
}
