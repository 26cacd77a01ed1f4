/**
 * The previews of Visits, Partner cities, Sources and About: how many records each view lists,
 * counted from the data, with a small picture of them.
 */
import type { Dataset } from '../../../data/schema.ts';
import { locales as aboutLocales } from '../../../src/features/about/locales.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { localText } from '../../../src/lib/local-text.ts';
import type { Lang } from '../../../src/lib/url/lang.ts';
import { countLabel, previewLocales } from '../og-previews-locales.ts';
import { COLOR, h, INNER_WIDTH, stat, type Node } from './kit.ts';

/** The count of events and a strip of bars, one per year from the first event to the last. */
export function visitsPicture(data: Dataset, lang: Lang): Node {
  const t = previewLocales[lang];
  const perYear = new Map<number, number>();
  for (const e of data.events) {
    const y = Number(e.date.start.slice(0, 4));
    perYear.set(y, (perYear.get(y) ?? 0) + 1);
  }
  const first = Math.min(...perYear.keys());
  const last = Math.max(...perYear.keys());
  const max = Math.max(...perYear.values());
  const slot = INNER_WIDTH / (last - first + 1);
  const bars: Node[] = [];
  const labels: Node[] = [];
  for (let y = first; y <= last; y++) {
    const n = perYear.get(y) ?? 0;
    bars.push(
      h('div', {
        width: Math.max(3, Math.floor(slot * 0.7)),
        height: n ? Math.max(5, Math.round((n / max) * 170)) : 0,
        background: COLOR.green,
      }),
    );
    // The first and last years, and each decade between when it is not crowding either end.
    if (y === first || y === last || (y % 10 === 0 && y - first > 4 && last - y > 4)) {
      const left = (y - first + 0.5) * slot - 40;
      labels.push(h('div', { position: 'absolute', left, width: 80, justifyContent: 'center' }, String(y)));
    }
  }
  return h(
    'div',
    { flexDirection: 'column', gap: 12 },
    h(
      'div',
      { fontSize: 30, color: COLOR.fg, alignItems: 'baseline', gap: 14 },
      h('div', { fontSize: 52, fontWeight: 700 }, formatNumber(data.events.length, lang)),
      countLabel(lang, t.visitsCount, data.events.length),
    ),
    h(
      'div',
      { flexDirection: 'column' },
      h('div', { fontSize: 22, color: COLOR.muted, marginBottom: 4 }, t.perYear),
      h(
        'div',
        {
          alignItems: 'flex-end',
          justifyContent: 'space-around',
          height: 175,
          borderBottom: `2px solid ${COLOR.muted}`,
        },
        ...bars,
      ),
      h(
        'div',
        { position: 'relative', height: 34, fontSize: 22, color: COLOR.muted, marginTop: 6 },
        ...labels,
      ),
    ),
  );
}

/** The number of pairs and a schematic list of them: Vietnamese place — Belarusian place, year. */
export function partnersPicture(data: Dataset, lang: Lang): Node {
  const t = previewLocales[lang];
  const places = new Map(data.places.map((p) => [p.id, p]));
  const name = (id: string) => (places.has(id) ? localText(places.get(id)!.names, lang) : id);
  const dot = (color: string, round: boolean) =>
    h('div', { width: 16, height: 16, background: color, borderRadius: round ? 8 : 0, flexShrink: 0 });
  const shown = data.partnerships.slice(0, 6);
  const lines = shown.map((p) =>
    h(
      'div',
      { fontSize: 27, color: COLOR.fg, alignItems: 'center', gap: 10 },
      dot(COLOR.vn, true),
      name(p.vnPlaceId),
      h('div', { color: COLOR.muted }, '—'),
      dot(COLOR.by, false),
      name(p.byPlaceId),
      p.since
        ? h(
            'div',
            { color: COLOR.muted, fontSize: 23 },
            `· ${t.since.replace('{{year}}', p.since.start.slice(0, 4))}`,
          )
        : null,
    ),
  );
  const more = data.partnerships.length - shown.length;
  return h(
    'div',
    { gap: 32, alignItems: 'flex-start' },
    h(
      'div',
      { width: 300, flexShrink: 0 },
      stat(
        formatNumber(data.partnerships.length, lang),
        countLabel(lang, t.pairs, data.partnerships.length),
        COLOR.fg,
        64,
      ),
    ),
    h(
      'div',
      { flexDirection: 'column', gap: 8, flex: 1 },
      ...lines,
      more > 0
        ? h('div', { fontSize: 23, color: COLOR.muted }, t.morePairs.replace('{{count}}', String(more)))
        : null,
    ),
  );
}

/** The number of sources and of their publishers. */
export function sourcesPicture(data: Dataset, lang: Lang): Node {
  const t = previewLocales[lang];
  const publishers = new Set(data.sources.map((s) => s.publisher)).size;
  return h(
    'div',
    { gap: 24 },
    stat(
      formatNumber(data.sources.length, lang),
      countLabel(lang, t.sources, data.sources.length),
      COLOR.accent,
      64,
    ),
    stat(formatNumber(publishers, lang), countLabel(lang, t.publishers, publishers), COLOR.fg, 64),
  );
}

/** What the dashboard is: the About page's own lede. */
export function aboutPicture(lang: Lang): Node {
  return h('div', { fontSize: 32, color: COLOR.fg, lineHeight: 1.35 }, aboutLocales[lang].lede);
}
