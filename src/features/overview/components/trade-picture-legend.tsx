import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LineKey, SeriesMarker } from '@/components/series-marker';
import { SIDES, type Side } from '@/lib/trade-points';
import type { TradePicture } from '../utils/trade-picture';

/** Belarus's line is dashed, as in the Trade view: the sides differ by more than colour. */
export const DASH: Record<Side, string | undefined> = { VN: undefined, BY: '6 3' };

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg
      className="ov-swatch"
      width="26"
      height="12"
      viewBox="0 -6 26 12"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** The key to what the picture draws: each side's line and marks, hollow marks, the "?" badge. */
export function TradePictureLegend({ picture, doubts }: { picture: TradePicture; doubts: boolean }) {
  const { t } = useTranslation('overview');
  return (
    <ul className="trade-picture__legend">
      {SIDES.filter((s) => picture.official[s].length > 0).map((side) => (
        <li key={`official-${side}`}>
          <Swatch>
            <LineKey
              className={`ov-line ov-series-${side}`}
              dotClassName={`ov-dot ov-series-${side}`}
              dash={DASH[side]}
              x1={1}
              x2={25}
              y={0}
              r={2.2}
            />
          </Swatch>
          {t(`picture.official${side}`)}
        </li>
      ))}
      {SIDES.filter((s) => picture.press.some((f) => f.reporter === s)).map((side) => (
        <li key={`press-${side}`}>
          <Swatch>
            {/* Hollow when the side's only figures cover part of a year: the key shows what is drawn. */}
            <SeriesMarker
              reporter={side}
              x={13}
              y={0}
              hollow={picture.press.every((f) => f.reporter !== side || f.partial)}
              size={4}
              outlined
            />
          </Swatch>
          {t(`picture.press${side}`)}
        </li>
      ))}
      {picture.press.some((f) => f.partial) && (
        <li>
          <Swatch>
            <SeriesMarker
              reporter={picture.press.find((f) => f.partial)!.reporter}
              x={13}
              y={0}
              hollow
              size={4}
              outlined
            />
          </Swatch>
          {t('picture.partial')}
        </li>
      )}
      {doubts && <li>{t('picture.doubtful')}</li>}
    </ul>
  );
}
