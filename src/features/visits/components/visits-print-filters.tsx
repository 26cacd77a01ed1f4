import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintFilters } from '@/components/print-frame';
import type { VisitsParams } from '../utils/visits-params';

/**
 * The Visits filters in words, for print (the chips and the search box do not print). Memoised:
 * `params` keeps its identity across a year step (useViewParams), which changes nothing here.
 */
export const VisitsPrintFilters = memo(function VisitsPrintFilters({ params }: { params: VisitsParams }) {
  const { t } = useTranslation('visits');
  const chosen = (values: string[], prefix: string) =>
    values.length ? values.map((v) => t(`${prefix}.${v}`)).join(', ') : t('filters.all');
  return (
    <PrintFilters
      items={[
        { label: t('filters.kind'), value: chosen(params.kinds, 'kind') },
        { label: t('filters.level'), value: chosen(params.levels, 'level') },
        { label: t('filters.dir'), value: chosen(params.dirs, 'dir') },
        ...(params.q.trim() ? [{ label: t('filters.searched'), value: `“${params.q.trim()}”` }] : []),
      ]}
    />
  );
});
