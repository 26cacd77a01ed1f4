import { useTranslation } from 'react-i18next';
import type { TradePoint } from '@/lib/trade-points';

/** Small badges for a figure's flags (part of year, uncertain, conflicting, computed). */
export function FlagBadges({ point }: { point: TradePoint }) {
  const { t } = useTranslation('trade');
  const flags = (['partial', 'uncertain', 'conflicting', 'computed'] as const).filter((f) => point[f]);
  if (flags.length === 0) return null;
  return (
    <span className="trade-flags">
      {flags.map((f) => (
        <span
          key={f}
          className={`badge badge--${f}`}
          title={f === 'partial' ? undefined : t(`flagHelp.${f}`)}
        >
          {f === 'uncertain' ? '? ' : f === 'conflicting' ? '! ' : ''}
          {t(`flag.${f}`)}
        </span>
      ))}
    </span>
  );
}
