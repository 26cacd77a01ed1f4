import { useTranslation } from 'react-i18next';
import { PrintFilters } from '@/components/print-frame';
import type { TradeParams } from '../utils/trade-params';

/** The Trade controls' choices in words, for print (the controls themselves do not print). */
export function TradePrintFilters({ params }: { params: TradeParams }) {
  const { t } = useTranslation('trade');
  const scale = params.flow === 'balance' ? 'linear' : params.scale;
  return (
    <PrintFilters
      items={[
        { label: t('flowLabel'), value: t(`flow.${params.flow}`) },
        { label: t('viewLabel'), value: t(`view.${params.mirror ? 'mirror' : 'sides'}`) },
        { label: t('scaleLabel'), value: t(`scale.${scale}`) },
        { label: t('seriesLabel'), value: params.series.map((r) => t(`reporter.${r}`)).join(', ') },
        { label: t('markersPrint'), value: t(params.markers ? 'markersShown' : 'markersHidden') },
      ]}
    />
  );
}
