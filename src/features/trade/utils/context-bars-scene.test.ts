import { textWidth } from '@/lib/text-width';
import type { Lang } from '@/lib/url/lang';
import { compactUsd } from './chart-format';
import {
  axisLabels,
  contextBarsScene,
  fitText,
  markFor,
  overlaps,
  wrapSegments,
  type ContextRow,
  type ContextScene,
} from './context-bars-scene';

type Words = Pick<ContextRow, 'partner' | 'reportedBy' | 'valueText' | 'source'>;

/** The 2024 comparison as each language words it (the longest values and names of the data). */
const WORDS: Record<Lang, Words[]> = {
  en: [
    {
      partner: 'Russia',
      reportedBy: 'as Vietnam reports it',
      valueText: 'US$4.58 billion',
      source: 'Nhân Dân',
    },
    {
      partner: 'Kazakhstan',
      reportedBy: 'as Vietnam reports it',
      valueText: 'US$800 million',
      source: 'Nhân Dân',
    },
    {
      partner: 'Belarus',
      reportedBy: 'as Belarus reports it',
      valueText: 'almost US$245 million',
      source: 'Rossiyskaya Gazeta',
    },
    {
      partner: 'Belarus',
      reportedBy: 'from another source',
      valueText: 'over US$240 million',
      source: 'Rambler Travel',
    },
    {
      partner: 'Belarus',
      reportedBy: 'as Vietnam reports it',
      valueText: 'US$60 million',
      source: 'The Hanoi Times',
    },
    {
      partner: 'Azerbaijan',
      reportedBy: 'as Vietnam reports it',
      valueText: 'almost US$52 million',
      source: 'Nhân Dân',
    },
  ],
  vi: [
    { partner: 'Nga', reportedBy: 'theo số liệu Việt Nam', valueText: '4,58 tỷ USD', source: 'Nhân Dân' },
    {
      partner: 'Kazakhstan',
      reportedBy: 'theo số liệu Việt Nam',
      valueText: '800 triệu USD',
      source: 'Nhân Dân',
    },
    {
      partner: 'Belarus',
      reportedBy: 'theo số liệu Belarus',
      valueText: 'gần 245 triệu USD',
      source: 'Rossiyskaya Gazeta',
    },
    {
      partner: 'Belarus',
      reportedBy: 'theo nguồn khác',
      valueText: 'hơn 240 triệu USD',
      source: 'Rambler Travel',
    },
    {
      partner: 'Belarus',
      reportedBy: 'theo số liệu Việt Nam',
      valueText: '60 triệu USD',
      source: 'The Hanoi Times',
    },
    {
      partner: 'Azerbaijan',
      reportedBy: 'theo số liệu Việt Nam',
      valueText: 'gần 52 triệu USD',
      source: 'Nhân Dân',
    },
  ],
  ru: [
    {
      partner: 'Россия',
      reportedBy: 'по данным Вьетнама',
      valueText: '4,58 млрд долларов США',
      source: 'Nhân Dân',
    },
    {
      partner: 'Казахстан',
      reportedBy: 'по данным Вьетнама',
      valueText: '800 млн долларов США',
      source: 'Nhân Dân',
    },
    {
      partner: 'Беларусь',
      reportedBy: 'по данным Беларуси',
      valueText: 'почти 245 млн долларов США',
      source: 'Rossiyskaya Gazeta',
    },
    {
      partner: 'Беларусь',
      reportedBy: 'по другому источнику',
      valueText: 'более 240 млн долларов США',
      source: 'Rambler Travel',
    },
    {
      partner: 'Беларусь',
      reportedBy: 'по данным Вьетнама',
      valueText: '60 млн долларов США',
      source: 'The Hanoi Times',
    },
    {
      partner: 'Азербайджан',
      reportedBy: 'по данным Вьетнама',
      valueText: 'почти 52 млн долларов США',
      source: 'Nhân Dân',
    },
  ],
};
const VALUES = [4.58e9, 800e6, 245e6, 240e6, 60e6, 52e6];
const REPORTERS: ContextRow['reporter'][] = ['VN', 'VN', 'BY', 'other', 'VN', 'VN'];

const rowsIn = (lang: Lang): ContextRow[] =>
  WORDS[lang].map((w, i) => ({
    ...w,
    id: `row-${i}`,
    value: VALUES[i]!,
    reporter: REPORTERS[i]!,
    isBelarus: i >= 2 && i <= 4,
    period: null,
    sourceUrl: null,
  }));

const sceneOf = (lang: Lang, scale: 'log' | 'linear', width: number) =>
  contextBarsScene({ rows: rowsIn(lang), scale, width, tickText: (v) => compactUsd(v, lang) });

/** A mark's box: a bar, or a dot with its guide line. */
const markBox = (scene: ContextScene, m: ContextScene['marks'][number]) => ({
  left: m.x0,
  right: m.x1 + (scene.mark === 'dots' ? 7 : 0),
  top: m.y - 7,
  bottom: m.y + 7,
});

describe(markFor.name, () => {
  it('draws dots on a log scale and bars on a linear one', () => {
    expect(markFor('log')).toBe('dots');
    expect(markFor('linear')).toBe('bars');
  });
});

describe(contextBarsScene.name, () => {
  it('starts every bar at zero on a linear scale, so lengths keep the values’ ratio', () => {
    const { mark, marks } = sceneOf('en', 'linear', 896);
    expect(mark).toBe('bars');
    const zero = marks[0]!.x0;
    expect(marks.every((m) => m.x0 === zero)).toBe(true);
    const length = (i: number) => marks[i]!.x1 - marks[i]!.x0;
    // Russia against Belarus as Vietnam reports it: 4.58 billion ÷ 60 million ≈ 76×.
    expect(length(0) / length(4)).toBeCloseTo(4.58e9 / 60e6, 5);
  });

  it('places dots by the log of their values on a log scale, gridlines at powers of ten', () => {
    const { mark, marks, grid, texts } = sceneOf('en', 'log', 896);
    expect(mark).toBe('dots');
    const decade = grid[1]! - grid[0]!;
    // Russia lies log10(76) ≈ 1.88 decades right of Belarus's 60 million.
    expect((marks[0]!.x1 - marks[4]!.x1) / decade).toBeCloseTo(Math.log10(4.58e9 / 60e6), 5);
    expect(texts.filter((t) => t.rowId === null).map((t) => t.segments[0]!.text)).toEqual([
      '$10m',
      '$100m',
      '$1bn',
      '$10bn',
    ]);
    // The guide lines start at the axis's start, not at a value.
    expect(new Set(marks.map((m) => m.x0))).toEqual(new Set([grid[0]]));
  });

  it('puts the words above each mark on a phone and in a column beside the marks when wide', () => {
    expect(sceneOf('ru', 'log', 328).layout).toBe('stacked');
    expect(sceneOf('ru', 'log', 896).layout).toBe('columns');
  });

  for (const lang of ['en', 'vi', 'ru'] as const) {
    for (const width of [300, 328, 600, 896]) {
      for (const scale of ['log', 'linear'] as const) {
        it(`keeps every label clear of the others, of the marks and of the edges (${lang}, ${width} px, ${scale})`, () => {
          const scene = sceneOf(lang, scale, width);
          const boxes = scene.texts.map((t) => t.box);
          for (const [i, a] of boxes.entries()) {
            expect(a.left).toBeGreaterThanOrEqual(0);
            expect(a.right).toBeLessThanOrEqual(width);
            expect(a.top).toBeGreaterThanOrEqual(0);
            expect(a.bottom).toBeLessThanOrEqual(scene.height);
            for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
            for (const m of scene.marks) expect(overlaps(a, markBox(scene, m))).toBe(false);
          }
          // Every row keeps its words, value and source; the axis keeps at least its ends.
          for (const r of rowsIn(lang)) {
            const words = scene.texts
              .filter((t) => t.rowId === r.id)
              .flatMap((t) => t.segments.map((s) => s.text))
              .join('');
            expect(words).toContain(r.valueText);
            expect(words.replace(/\s+/g, ' ')).toContain(r.source);
          }
          expect(scene.texts.filter((t) => t.rowId === null).length).toBeGreaterThanOrEqual(2);
        });
      }
    }
  }

  it('leaves out an axis label that would touch the one before it', () => {
    const scene = contextBarsScene({
      rows: rowsIn('en'),
      scale: 'log',
      width: 300,
      tickText: (v) => `a very long label for ${v}`,
    });
    const ticks = scene.texts.filter((t) => t.rowId === null);
    expect(ticks.length).toBeLessThan(scene.grid.length);
    for (const [i, t] of ticks.slice(1).entries()) expect(t.box.left).toBeGreaterThan(ticks[i]!.box.right);
  });

  it('hollows the dot of a part-year figure and names its months', () => {
    const [row] = rowsIn('en');
    const scene = contextBarsScene({
      rows: [{ ...row!, period: 'Jan–Aug 2024' }],
      scale: 'log',
      width: 328,
      tickText: String,
    });
    expect(scene.marks[0]!.hollow).toBe(true);
    expect(scene.texts[0]!.segments.map((s) => s.text).join('')).toContain('· Jan–Aug 2024');
  });
});

describe(axisLabels.name, () => {
  it('keeps every second label when neighbours would touch, evenly, flush with the edges', () => {
    // Greedily, "0 $" being short, the labels kept would be 0, 1, 3 and 5.
    const text = (v: number) => (v === 0 ? '0 $' : `${v} млрд $`);
    const labels = axisLabels([0, 1, 2, 3, 4, 5], [0, 60, 120, 180, 240, 300], text, 300);
    expect(labels.map((l) => l.segment.text)).toEqual(['0 $', '2 млрд $', '4 млрд $']);
    expect(labels[0]!.start).toBe(0);
  });
});

describe(wrapSegments.name, () => {
  it('breaks runs at spaces, keeping each run’s style and a marked phrase whole', () => {
    const lines = wrapSegments(
      [
        { text: 'Belarus', kind: 'belarus' },
        { text: 'as Belarus reports it', kind: 'note' },
        { text: '· Jan–Aug 2024', kind: 'note', keep: true },
      ],
      textWidth('Belarus as Belarus reports', 14) + 1,
    );
    expect(lines).toEqual([
      [
        { text: 'Belarus', kind: 'belarus' },
        { text: ' as Belarus reports', kind: 'note' },
      ],
      [{ text: 'it · Jan–Aug 2024', kind: 'note' }],
    ]);
  });
});

describe(fitText.name, () => {
  it('shortens a word too long for any line, with an ellipsis', () => {
    const short = fitText('Rossiyskaya', 14, 50);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 14)).toBeLessThanOrEqual(50);
  });
});
