import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
import { SeriesSwatch } from '@/components/series-marker';
import { REPORTERS } from '@/lib/trade-points';
import { FLOWS, SCALES, type TradeParams } from '../utils/trade-params';

export interface TradeControlsProps {
  params: Pick<TradeParams, 'flow' | 'scale' | 'mirror' | 'series' | 'markers'>;
  /** Must keep its identity across renders (a stable callback), so a year step skips the controls. */
  update: (change: Partial<TradeParams>) => void;
}

/** Flow, view (each side / mirror), scale, whose figures, and the event markers. */
export const TradeControls = memo(function TradeControls({ params, update }: TradeControlsProps) {
  const { t } = useTranslation('trade');
  return (
    <div className="trade-controls" role="group" aria-label={t('controls')}>
      <RadioGroup
        name="trade-flow"
        legend={t('flowLabel')}
        options={FLOWS.map((f) => ({ value: f, label: t(`flow.${f}`) }))}
        value={params.flow}
        onChange={(flow) => update({ flow })}
      />
      <RadioGroup
        name="trade-view"
        legend={t('viewLabel')}
        options={(['sides', 'mirror'] as const).map((v) => ({ value: v, label: t(`view.${v}`) }))}
        value={params.mirror ? 'mirror' : 'sides'}
        onChange={(v) => update({ mirror: v === 'mirror' })}
      />
      <RadioGroup
        name="trade-scale"
        legend={t('scaleLabel')}
        options={SCALES.map((s) => ({
          value: s,
          label: t(`scale.${s}`),
          disabled: s === 'log' && params.flow === 'balance',
        }))}
        value={params.flow === 'balance' ? 'linear' : params.scale}
        onChange={(s) => update({ scale: s })}
      />
      <fieldset className="segmented-fieldset">
        <legend>{t('seriesLabel')}</legend>
        <div className="trade-checks">
          {REPORTERS.map((r) => {
            const on = params.series.includes(r);
            return (
              <label key={r} className="trade-check">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={on && params.series.length === 1}
                  onChange={() =>
                    update({ series: on ? params.series.filter((x) => x !== r) : [...params.series, r] })
                  }
                />
                <SeriesSwatch reporter={r} /> {t(`reporter.${r}`)}
              </label>
            );
          })}
          <label className="trade-check">
            <input
              type="checkbox"
              checked={params.markers}
              onChange={() => update({ markers: !params.markers })}
            />
            {t('markers')}
          </label>
        </div>
      </fieldset>
    </div>
  );
});
