/**
 * Overview's preview: its headline figures over all the years, each with its kind as on the page:
 * each side's newest figure quoted in the news (with its publisher) and its newest official
 * statistic (IMF, computed), then the counts of visits, agreements and partnerships.
 */
import type { Dataset, TradeFigure } from '../../../data/schema.ts';
import { locales as overviewLocales } from '../../../src/features/overview/locales.ts';
import { computeHeadlines, latestOfficialTotals } from '../../../src/features/overview/utils/headlines.ts';
import { formatPeriod, formatQualified, formatUsd } from '../../../src/lib/format.ts';
import { localPublisher } from '../../../src/lib/publishers.ts';
import type { Lang } from '../../../src/lib/url/lang.ts';
import { COLOR, h, type Node } from './kit.ts';

type Plural = 'visits' | 'agreements' | 'partnerships';

/** The overview's plural label for a count, by the language's plural rules (as i18next picks). */
function plural(lang: Lang, key: Plural, n: number): string {
  const words = overviewLocales[lang] as unknown as Record<string, string>;
  const form = new Intl.PluralRules(lang).select(n);
  return words[`${key}_${form}`] ?? words[`${key}_other`]!;
}

export function overviewPicture(data: Dataset, lang: Lang): Node {
  const t = overviewLocales[lang];
  const years = [
    ...data.trade.map((f) => f.period.year),
    ...data.official.map((o) => o.year),
    ...data.events.map((e) => Number(e.date.start.slice(0, 4))),
  ];
  const range = { from: Math.min(...years), to: Math.max(...years) };
  const heads = computeHeadlines(data.trade, data.events, data.partnerships, range);
  const official = latestOfficialTotals(data.official, range);
  const publisher = (id: string) => {
    const s = data.sources.find((x) => x.id === id);
    return s ? localPublisher(s, lang) : id;
  };

  const value = (f: TradeFigure) => formatQualified(formatUsd(f.valueUsd, lang), f.qualifier, lang);
  const card = (reporter: 'VN' | 'BY') => {
    // Of the newest year's figures the first leads, as on the page; another that disagrees is named.
    const [lead, other] = heads.latestTrade[reporter]?.full ?? [];
    const imf = official[reporter];
    const color = reporter === 'VN' ? COLOR.vn : COLOR.by;
    return h(
      'div',
      {
        flexDirection: 'column',
        flex: 1,
        minWidth: 0,
        padding: '12px 20px',
        background: COLOR.soft,
        borderRadius: 12,
        borderLeft: `8px solid ${color}`,
        gap: 2,
      },
      h('div', { fontSize: 23, fontWeight: 700, color: COLOR.fg }, t.tradeBy[reporter]),
      lead
        ? h(
            'div',
            { flexDirection: 'column' },
            h('div', { fontSize: 38, fontWeight: 700, color }, value(lead)),
            h(
              'div',
              { fontSize: 21, color: COLOR.fg },
              `${t.tradeIn.replace('{{period}}', formatPeriod(lead.period, lang))} · ${t.kindPress}`,
            ),
            h(
              'div',
              { fontSize: 19, color: COLOR.muted, flexWrap: 'wrap', columnGap: 8 },
              t.source.replace('{{source}}', publisher(lead.sourceId)),
              other ? h('div', { color: COLOR.warn, fontWeight: 700 }, `· ${t.disagree}`) : null,
            ),
            other
              ? h(
                  'div',
                  { fontSize: 19, color: COLOR.muted },
                  t.alsoReported
                    .replace('{{value}}', value(other))
                    .replace('{{source}}', publisher(other.sourceId)),
                )
              : null,
          )
        : h('div', { fontSize: 24, color: COLOR.muted }, t.noTrade),
      imf
        ? h(
            'div',
            {
              fontSize: 19,
              color: COLOR.muted,
              lineHeight: 1.3,
              marginTop: 6,
              paddingTop: 6,
              borderTop: `1px solid ${COLOR.border}`,
            },
            t.official
              .replace('{{value}}', formatUsd(imf.valueUsd, lang))
              .replace('{{year}}', String(imf.year)),
          )
        : null,
    );
  };
  const count = (n: number, key: Plural) =>
    h(
      'div',
      { alignItems: 'baseline', gap: 8 },
      h('div', { fontSize: 34, fontWeight: 700, color: COLOR.fg }, String(n)),
      h('div', { fontSize: 22, color: COLOR.muted }, plural(lang, key, n)),
    );
  return h(
    'div',
    { flexDirection: 'column', gap: 14 },
    h('div', { gap: 20 }, card('VN'), card('BY')),
    h(
      'div',
      { gap: 36, paddingLeft: 4 },
      count(heads.visits, 'visits'),
      count(heads.agreements, 'agreements'),
      count(heads.partnerships, 'partnerships'),
    ),
  );
}
