/**
 * Trade's preview: each side's official total trade by year (IMF DOTS, exports + imports where one
 * reporter gives both flows) as a line chart drawn like the site's: Vietnam solid with circles,
 * Belarus dashed with squares, a missing year left as a gap, never bridged.
 */
import type { Dataset } from '../../../data/schema.ts';
import { locales as tradeLocales } from '../../../src/features/trade/locales.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { officialFlowPairs, officialTotals } from '../../../src/lib/official-totals.ts';
import type { Lang } from '../../../src/lib/url/lang.ts';
import { previewLocales } from '../og-previews-locales.ts';
import { COLOR, h, INNER_WIDTH, svgImage, type Node } from './kit.ts';

const AXIS = 92;
const PLOT_W = INNER_WIDTH - AXIS - 16;
const PLOT_H = 232;
/** Room above the plot for the "?" of an uncertain top point. */
const TOP = 26;
const SIDES = [
  { reporter: 'VN', partner: 'BY', color: COLOR.vn, dash: '' },
  { reporter: 'BY', partner: 'VN', color: COLOR.by, dash: '14 8' },
] as const;

/** A round step giving about three gridlines above zero: 1, 2 or 5 times a power of ten. */
function niceStep(max: number): number {
  const rough = max / 3;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
}

/** A side's marker as SVG: circle for Vietnam, square for Belarus, as on the site. */
function marker(reporter: 'VN' | 'BY', x: number, y: number, color: string): string {
  return reporter === 'VN'
    ? `<circle cx="${x}" cy="${y}" r="6.5" fill="${color}"/>`
    : `<rect x="${x - 6}" y="${y - 6}" width="12" height="12" fill="${color}"/>`;
}

/** The legend's swatch: the side's line with its marker. */
function swatch(side: (typeof SIDES)[number]): Node {
  const line = `<line x1="2" x2="46" y1="10" y2="10" stroke="${side.color}" stroke-width="4"${side.dash ? ` stroke-dasharray="9 5"` : ''}/>`;
  return svgImage(
    `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="20">${line}${marker(side.reporter, 24, 10, side.color)}</svg>`,
    48,
    20,
  );
}

export function tradePicture(data: Dataset, lang: Lang): Node {
  const words = tradeLocales[lang];
  const t = previewLocales[lang];
  const series = SIDES.map((side) => {
    const totals = officialTotals(data.official, side.reporter, side.partner);
    const doubtful = new Set<number>();
    for (const [year, pair] of officialFlowPairs(data.official, side.reporter, side.partner)) {
      if (totals.has(year) && (pair.exports?.flags.uncertain || pair.imports?.flags.uncertain)) {
        doubtful.add(year);
      }
    }
    return { ...side, totals, doubtful };
  });
  const years = series.flatMap((s) => [...s.totals.keys()]);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const step = niceStep(Math.max(...series.flatMap((s) => [...s.totals.values()])));
  const top = Math.ceil(Math.max(...series.flatMap((s) => [...s.totals.values()])) / step) * step;
  const x = (year: number) => AXIS + ((year - first) / (last - first)) * PLOT_W;
  const y = (v: number) => TOP + PLOT_H - (v / top) * PLOT_H;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);

  let svg = '';
  for (const v of ticks) {
    const colour = v === 0 ? COLOR.muted : COLOR.border;
    svg += `<line x1="${AXIS}" x2="${AXIS + PLOT_W}" y1="${y(v)}" y2="${y(v)}" stroke="${colour}" stroke-width="${v === 0 ? 2 : 1}"/>`;
  }
  const doubts: Node[] = [];
  for (const s of series) {
    // One polyline per run of consecutive years: a year without both flows breaks the line.
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) {
        const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
        svg += `<polyline points="${run.join(' ')}" fill="none" stroke="${s.color}" stroke-width="4" stroke-linejoin="round"${dash}/>`;
      }
      run = [];
    };
    for (let year = first; year <= last; year++) {
      const v = s.totals.get(year);
      if (v === undefined) flush();
      else run.push(`${x(year).toFixed(1)},${y(v).toFixed(1)}`);
    }
    flush();
    for (const [year, v] of s.totals) {
      svg += marker(s.reporter, x(year), y(v), s.color);
      if (s.doubtful.has(year)) {
        const style = { position: 'absolute', left: x(year) - 8, top: y(v) - 38, fontSize: 24 };
        doubts.push(h('div', { ...style, fontWeight: 700, color: COLOR.warn }, '?'));
      }
    }
  }
  const full = `<svg xmlns="http://www.w3.org/2000/svg" width="${INNER_WIDTH}" height="${TOP + PLOT_H + 2}">${svg}</svg>`;
  const axisLabel = (text: string, left: number, topPx: number, width: number, align: string) =>
    h('div', { position: 'absolute', left, top: topPx, width, justifyContent: align }, text);
  const yLabels = ticks.map((v) =>
    axisLabel(formatNumber(v / 1e6, lang), 0, y(v) - 14, AXIS - 12, 'flex-end'),
  );
  const xLabels: Node[] = [];
  for (let year = first; year <= last; year++) {
    if ((year - first) % 4 === 0 || (year === last && (year - first) % 4 > 1)) {
      xLabels.push(axisLabel(String(year), x(year) - 40, TOP + PLOT_H + 8, 80, 'center'));
    }
  }
  const anyDoubt = series.some((s) => s.doubtful.size > 0);
  const doubtNote = anyDoubt ? h('div', { color: COLOR.warn, fontWeight: 700 }, '?') : null;
  return h(
    'div',
    { flexDirection: 'column', gap: 4 },
    h(
      'div',
      { gap: 34, fontSize: 24, color: COLOR.fg, alignItems: 'center' },
      ...series.map((s) =>
        h('div', { alignItems: 'center', gap: 10 }, swatch(s), words.legend[`official-${s.reporter}`]),
      ),
    ),
    h(
      'div',
      { gap: 8, fontSize: 21, color: COLOR.muted },
      t.usdMillion,
      anyDoubt ? h('div', { gap: 6, marginLeft: 16 }, doubtNote, t.doubtful) : null,
    ),
    h(
      'div',
      {
        position: 'relative',
        width: INNER_WIDTH,
        height: TOP + PLOT_H + 40,
        fontSize: 22,
        color: COLOR.muted,
      },
      svgImage(full, INNER_WIDTH, TOP + PLOT_H + 2, { position: 'absolute', left: 0, top: 0 }),
      ...yLabels,
      ...xLabels,
      ...doubts,
    ),
  );
}
