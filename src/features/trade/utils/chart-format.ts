/** Short labels for chart axes: 200e6 → "$200M" (en) / "200 Tr US$" (vi). */
import { formatQualified, formatUsd, numberFormat } from '@/lib/format';
import type { TradePoint } from '@/lib/trade-points';
import { localeOf, type Lang } from '@/lib/url/lang';

/** A signed amount in words: -30e6 → "−US$30 million" (a balance may be negative). */
export function signedUsd(value: number, lang: Lang): string {
  return value < 0 ? `−${formatUsd(-value, lang)}` : formatUsd(value, lang);
}

/** A point's value with the source's hedging: "almost US$151 million". */
export function pointValueText(p: Pick<TradePoint, 'valueUsd' | 'qualifier'>, lang: Lang): string {
  return formatQualified(signedUsd(p.valueUsd, lang), p.qualifier, lang);
}

/**
 * A compact dollar amount for an axis tick: "$300m" (en), "300 млн $" (ru), and in Vietnamese as
 * Vietnamese writes it, "300 triệu USD" (ICU's short form, "300 Tr $", reads as an abbreviation
 * no Vietnamese reader uses).
 */
export function compactUsd(value: number, lang: Lang): string {
  if (lang === 'vi') {
    const n = numberFormat(localeOf(lang), {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 1,
    }).format(value);
    return `${n} USD`;
  }
  return numberFormat(localeOf(lang), {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    // Named, not left to the currency's default of 2: ICU versions clamp that differently ("$0.0"
    // in Node's, "$0" in Chromium's), and the prerendered chart must read as the live one.
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A signed percentage: 0.123 → "+12%", -0.05 → "−5%". */
export function signedPercent(ratio: number, lang: Lang): string {
  return numberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(ratio);
}

/** The room a year label needs: four 11 px digits (about 27 px) and a gap. */
export const YEAR_LABEL_ROOM = 33;

/** Year ticks that fit the width: every year where they fit, else every 2nd, 5th, 10th... */
export function yearTicks(from: number, to: number, plotWidth: number): number[] {
  const maxTicks = Math.max(2, Math.floor(plotWidth / YEAR_LABEL_ROOM));
  const span = to - from + 1;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => Math.ceil(span / s) <= maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let y = from; y <= to; y++) if (y % step === 0 || span <= maxTicks) ticks.push(y);
  return ticks;
}
