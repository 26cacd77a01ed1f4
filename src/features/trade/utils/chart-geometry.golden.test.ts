/**
 * Golden pictures of the trade chart's geometry: fixed figures laid out by `chartGeometry` and drawn
 * as a standalone SVG, compared with the committed files in `__golden__/` (open one in a browser to
 * see what the chart draws). A change in layout shows as a diff of the picture; when it is meant,
 * `npx vitest run -u <this file>` rewrites them.
 */
import { SIDES, type TradePoint, markPath } from '@/lib/trade-points';
import { makeEvent } from '@/testing/event-fixtures';
import { figure, officialCell } from '@/testing/trade-fixtures';
import { compactUsd } from './chart-format';
import {
  chartGeometry,
  LEGEND_LINE,
  legendKeys,
  TITLE_LINE,
  type ChartGeometry,
  type GeometryInput,
  type LegendKey,
} from './chart-geometry';
import type { EventMarker } from './trade-context';
import { officialPointsForFlow, pointsForFlow } from './trade-series';

// The light theme's colours (src/styles.css), so the file reads like the chart.
const STYLE = `
  text { font-family: Inter, system-ui, sans-serif; font-size: 11px; fill: #5a616b; }
  .title { font-size: 14px; font-weight: 700; fill: #1b1e23; }
  .legend { fill: #1b1e23; }
  .grid { stroke: #d5d9df; stroke-width: 1; }
  .axis, .zero { stroke: #5a616b; stroke-width: 1; }
  .VN { --c: #d55e00; } .BY { --c: #0072b2; } .other { --c: #6b6b6b; }
  .line { fill: none; stroke: var(--c); stroke-width: 2.25; }
  .dot { fill: var(--c); }
  .mark { fill: var(--c); stroke: #1b1e23; stroke-width: 1; }
  .mark.other { fill-opacity: 0.75; }
  .mark.hollow { fill: #ffffff; stroke: var(--c); stroke-width: 2; }
  .gap { fill: #5a616b; fill-opacity: 0.16; }
  .badge { fill: none; stroke: #c9372c; stroke-width: 1.6; stroke-linecap: round; }
  .badge-text { font-size: 13px; font-weight: 700; fill: #c9372c; }
  .event-line { stroke: #5a616b; stroke-opacity: 0.3; stroke-dasharray: 2 4; fill: none; }
  .event-mark { fill: #009e73; stroke: #ffffff; stroke-width: 1; }
`;
const DASH: Record<string, string> = {
  VN: '',
  BY: ' stroke-dasharray="7 4"',
  other: ' stroke-dasharray="2 3"',
};
const n = (v: number) => String(Math.round(v * 10) / 10);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Text of one or more lines, each a tspan `step` px under the one before. */
function lines(cls: string, x: number, y: number, texts: string[], step: number): string {
  const spans = texts.map((t, i) => `<tspan x="${n(x)}" dy="${i === 0 ? 0 : step}">${esc(t)}</tspan>`);
  return `<text class="${cls}" x="${n(x)}" y="${n(y)}">${spans.join('')}</text>`;
}

/** The legend key's swatch, centred on (12, 0) as the chart's legend draws it. */
function swatch(key: LegendKey): string {
  if (key === 'official-VN' || key === 'official-BY') {
    const side = key.slice(9);
    return `<line class="line ${side}" x1="0" x2="24" y1="0" y2="0"${DASH[side]}/><circle class="dot ${side}" cx="12" cy="0" r="2.8"/>`;
  }
  if (key === 'gap') return '<rect class="gap" x="2" y="-6" width="20" height="12"/>';
  if (key === 'press-VN' || key === 'press-BY' || key === 'press-other') {
    const r = key.slice(6) as 'VN' | 'BY' | 'other';
    return `<path class="mark ${r}" d="${markPath(r, 12, 0, 4.5)}"/>`;
  }
  if (key === 'partial') return `<path class="mark other hollow" d="${markPath('other', 12, 0, 4.5)}"/>`;
  if (key === 'uncertain' || key === 'conflicting')
    return `<text class="badge-text" x="12" y="5" text-anchor="middle">${key === 'uncertain' ? '?' : '!'}</text>`;
  return '<line class="event-line" x1="12" x2="12" y1="-8" y2="8"/><path class="event-mark" d="M12,-5L16.5,0L12,5L7.5,0Z"/>';
}

/** The geometry as a standalone SVG: title, legend, axes with their labels, the data's paths, events, footer. */
function chartSvg(g: ChartGeometry): string {
  const { left, top, width, height } = g.plot;
  const base = top + height;
  const textX = g.narrow ? 4 : left;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width}" height="${n(g.height)}" viewBox="0 0 ${g.width} ${n(g.height)}">`,
    `<style>${STYLE}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    lines('title', textX, g.title.y, g.title.lines, TITLE_LINE),
  ];
  for (const e of g.legend) {
    out.push(
      `<g transform="translate(${n(e.x)},${n(e.y)})">${swatch(e.key as LegendKey)}${lines('legend', 30, 4, e.lines, LEGEND_LINE)}</g>`,
    );
  }
  for (const { value, y } of g.yTicks) {
    out.push(`<line class="grid" x1="${n(left)}" x2="${n(left + width)}" y1="${n(y)}" y2="${n(y)}"/>`);
    out.push(
      `<text x="${n(left - 6)}" y="${n(y + 4)}" text-anchor="end">${esc(compactUsd(value, 'en'))}</text>`,
    );
  }
  if (g.zeroY !== null)
    out.push(
      `<line class="zero" x1="${n(left)}" x2="${n(left + width)}" y1="${n(g.zeroY)}" y2="${n(g.zeroY)}"/>`,
    );
  out.push(`<line class="axis" x1="${n(left)}" x2="${n(left + width)}" y1="${n(base)}" y2="${n(base)}"/>`);
  for (const { year, x } of g.xTicks) {
    out.push(`<line class="axis" x1="${n(x)}" x2="${n(x)}" y1="${n(base)}" y2="${n(base + 4)}"/>`);
    out.push(`<text x="${n(x)}" y="${n(base + 17)}" text-anchor="middle">${year}</text>`);
  }
  if (g.eventLines) out.push(`<path class="event-line" d="${g.eventLines}"/>`);
  if (g.eventMarks) out.push(`<path class="event-mark" d="${g.eventMarks}"/>`);
  if (g.gap) out.push(`<path class="gap" d="${g.gap}"/>`);
  for (const side of SIDES)
    if (g.lines[side]) out.push(`<path class="line ${side}" d="${g.lines[side]}"${DASH[side]}/>`);
  for (const side of SIDES) if (g.dots[side]) out.push(`<path class="dot ${side}" d="${g.dots[side]}"/>`);
  for (const m of g.marks)
    out.push(`<path class="mark ${m.reporter}${m.hollow ? ' hollow' : ''}" d="${m.d}"/>`);
  if (g.badges.uncertain) out.push(`<path class="badge" d="${g.badges.uncertain}"/>`);
  if (g.badges.conflicting) out.push(`<path class="badge" d="${g.badges.conflicting}"/>`);
  out.push(lines('', textX, g.footer.y, g.footer.lines, 14), '</svg>');
  return out.join('\n') + '\n';
}

// Fixed figures (never the dataset, which grows): Vietnam's exports to Belarus as each side reports
// them, Vietnam's side missing 2014–2015 and Belarus's 2018, so both lines break.
const official = officialPointsForFlow(
  [
    ...[2010, 2011, 2012, 2013, 2016, 2017, 2018, 2019, 2020].map((y, i) =>
      officialCell('VN', 'exports', y, (40 + i * 9) * 1e6, y === 2012),
    ),
    ...[2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2019, 2020].map((y, i) =>
      officialCell('BY', 'imports', y, (30 + i * 6) * 1e6),
    ),
  ],
  'exports',
);
// Press figures: whole years on their tick, January–June 2017 (hollow) inside its months, a "?" and a "!".
const press = pointsForFlow(
  [
    figure({ year: 2015, flow: 'vn-exports', valueUsd: 70e6, flags: { uncertain: true } }),
    figure({ year: 2017, months: [1, 6], reporter: 'BY', flow: 'vn-exports', valueUsd: 45e6 }),
    figure({ year: 2019, flow: 'vn-exports', valueUsd: 120e6 }),
    figure({
      year: 2020,
      reporter: 'other',
      flow: 'vn-exports',
      valueUsd: 95e6,
      flags: { conflicting: true },
    }),
  ],
  'exports',
);
// Two events close together stack in two rows under the axis.
const events: EventMarker[] = [
  { event: makeEvent({ id: 'visit-a' }), x: 2013.45 },
  { event: makeEvent({ id: 'visit-b' }), x: 2013.55 },
  { event: makeEvent({ id: 'agreement' }), x: 2018.9 },
];
// Fixed English labels, so a reworded string in the app does not move the picture.
const LABELS: Record<LegendKey, string> = {
  'official-VN': 'IMF statistics, as Vietnam reports',
  'official-BY': 'IMF statistics, as Belarus reports',
  gap: 'gap between the two sides',
  'press-VN': 'in the news, Vietnamese side',
  'press-BY': 'in the news, Belarusian side',
  'press-other': 'in the news, side unclear',
  partial: 'hollow: part of a year, placed within its months',
  uncertain: 'figure or year uncertain',
  conflicting: 'another source disagrees',
  event: 'top-level visit or agreement',
};

/** The chart's input as the view gives it: only the points in the range, the legend for what is drawn. */
function input(over: Partial<GeometryInput>): GeometryInput {
  const range = over.range ?? { from: 2010, to: 2020 };
  const inRange = (p: TradePoint) => p.year >= range.from && p.year <= range.to;
  const all = {
    events,
    mirror: true,
    ...over,
    official: official.filter(inRange),
    press: press.filter(inRange),
  };
  return {
    width: 800,
    scale: 'linear',
    footer: 'Sources: IMF, Direction of Trade Statistics (lines); news reports named in the table (marks).',
    tickLabel: (v) => compactUsd(v, 'en'),
    title: 'Vietnam’s exports to Belarus, as each side reports them',
    ...all,
    range,
    legend: legendKeys(all.official, all.press, all.events, all.mirror).map((key) => ({
      key,
      label: LABELS[key],
    })),
  };
}

describe(`${chartGeometry.name} pictures`, () => {
  it('draws both sides’ lines broken at their missing years, the gap, every kind of mark and the events at 800 px', async () => {
    await expect(chartSvg(chartGeometry(input({})))).toMatchFileSnapshot('./__golden__/trade-chart-wide.svg');
  });

  it('on a 360 px phone wraps the title and puts the legend under the event strip', async () => {
    await expect(chartSvg(chartGeometry(input({ width: 360 })))).toMatchFileSnapshot(
      './__golden__/trade-chart-phone.svg',
    );
  });

  it('on a log scale without the mirror gap or events, over 2014–2020', async () => {
    await expect(
      chartSvg(
        chartGeometry(
          input({ scale: 'log', mirror: false, events: [], range: { from: 2014, to: 2020 }, width: 600 }),
        ),
      ),
    ).toMatchFileSnapshot('./__golden__/trade-chart-log.svg');
  });
});
