/**
 * Locale formatting of money, periods and dates, on top of Intl. Pure: the language is passed in.
 *   formatUsd(113_900_000, 'en') → "US$113.9 million";  formatUsd(113_900_000, 'vi') → "113,9 triệu USD"
 *   formatUsd(113_900_000, 'ru') → "113,9 млн долларов США"
 */
import { localeOf, type Lang } from '@/lib/url/lang';
import type { DatePoint } from '@data/schema';

const WORDS = {
  en: {
    million: (n: string) => `US$${n} million`,
    billion: (n: string) => `US$${n} billion`,
    usd: (n: string) => `US$${n}`,
  },
  vi: {
    million: (n: string) => `${n} triệu USD`,
    billion: (n: string) => `${n} tỷ USD`,
    usd: (n: string) => `${n} USD`,
  },
  // As Belstat and Rosstat write them; "млн"/"млрд" take the genitive plural whatever the number.
  // No-break spaces keep "113,9 млн" and "долларов США" whole when a card wraps the amount.
  ru: {
    million: (n: string) => `${n}\u00a0млн долларов\u00a0США`,
    billion: (n: string) => `${n}\u00a0млрд долларов\u00a0США`,
    usd: (n: string, count: number) => `${n} ${RU_DOLLARS[pluralRu(count)]}\u00a0США`,
  },
} satisfies Record<Lang, Record<'million' | 'billion' | 'usd', (n: string, count: number) => string>>;

/** "1 доллар", "2 доллара", "5 долларов", "1,5 доллара". */
const RU_DOLLARS: Record<Intl.LDMLPluralRule, string> = {
  zero: 'долларов',
  one: 'доллар',
  two: 'доллара',
  few: 'доллара',
  many: 'долларов',
  other: 'доллара',
};
let ruPlurals: Intl.PluralRules | undefined;
const pluralRu = (n: number) => (ruPlurals ??= new Intl.PluralRules('ru')).select(n);

const QUALIFIERS = {
  en: { exact: '', about: 'about ', almost: 'almost ', over: 'over ' },
  vi: { exact: '', about: 'khoảng ', almost: 'gần ', over: 'hơn ' },
  ru: { exact: '', about: 'около ', almost: 'почти ', over: 'более ' },
} satisfies Record<Lang, Record<'exact' | 'about' | 'almost' | 'over', string>>;

/** A dollar amount in words of the language: millions and billions with up to 2 decimals. */
export function formatUsd(value: number, lang: Lang): string {
  const nf = (n: number, digits: number) =>
    numberFormat(localeOf(lang), { maximumFractionDigits: digits }).format(n);
  if (value >= 1e9) return WORDS[lang].billion(nf(value / 1e9, 2));
  if (value >= 1e6) return WORDS[lang].million(nf(value / 1e6, 2));
  return WORDS[lang].usd(nf(value, 0), Math.round(value));
}

/** `almost` + 151e6 → "almost US$151 million" (the source's own hedging kept). */
export function formatQualified(
  text: string,
  qualifier: 'exact' | 'about' | 'almost' | 'over',
  lang: Lang,
): string {
  return QUALIFIERS[lang][qualifier] + text;
}

/** A plain number in the locale: 1742124 → "1,742,124" / "1.742.124". */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(localeOf(lang), {}).format(value);
}

// Intl formatters are costly to build (a tenth of a millisecond each); a chart or a timeline
// formats hundreds of values per render, so each locale and options pair is built once.
function cachedFormat<O, F>(make: (locale: string, options: O) => F): (locale: string, options: O) => F {
  const built = new Map<string, F>();
  return (locale, options) => {
    const key = locale + JSON.stringify(options);
    let f = built.get(key);
    if (!f) {
      f = make(locale, options);
      built.set(key, f);
    }
    return f;
  };
}

const dateFormat = cachedFormat(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);

/** `new Intl.NumberFormat(locale, options)`, built once per locale and options. */
export const numberFormat = cachedFormat(
  (locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);

/**
 * ICU versions differ in the spaces they put around a range's dash (thin in Node's, plain in
 * Chromium's): one form, so a page prerendered at build reads the same as the app that hydrates it.
 */
const sameSpaces = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');

const utc = (s: string) => {
  const [y, m = '1', d = '1'] = s.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
};

/**
 * Vietnamese dates as Vietnamese readers write them, day/month/year with the shared part said
 * once: "6–9/12/2023", "28/11–2/12/2023", "tháng 12/2025", "tháng 3–5/2023". ICU's `vi` ranges
 * repeat the whole date ("6/12/2023 – 9/12/2023"), so the parts are joined here.
 */
function viDate(date: DatePoint): string {
  const [y1, m1, d1] = date.start.split('-').map(Number);
  const [y2, m2, d2] = (date.end ?? date.start).split('-').map(Number);
  if (date.precision === 'month') {
    if (y1 === y2 && m1 === m2) return `tháng ${m1}/${y1}`;
    return y1 === y2 ? `tháng ${m1}–${m2}/${y1}` : `tháng ${m1}/${y1} – tháng ${m2}/${y2}`;
  }
  if (y1 === y2 && m1 === m2) return d1 === d2 ? `${d1}/${m1}/${y1}` : `${d1}–${d2}/${m1}/${y1}`;
  return y1 === y2 ? `${d1}/${m1}–${d2}/${m2}/${y1}` : `${d1}/${m1}/${y1} – ${d2}/${m2}/${y2}`;
}

/** A month's name on its own, in the nominative: 1 → "январь" (ru), "Jan" (en, short). */
function monthName(month: number, lang: Lang, width: 'long' | 'short'): string {
  return dateFormat(localeOf(lang), { month: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

/** The Russian "year" after a year, held to it by a no-break space (as ICU does): "2023 г.". */
const G = '\u00a0г.';

/**
 * Russian month precision with the shared year said once, as Russian statistics write it:
 * "май 2010 г.", "март–май 2023 г.", "декабрь 2023 г. – январь 2024 г." (ICU's range repeats the
 * year: "март 2023 г. – май 2023 г."). Days go through ICU, which already says "6–9 декабря 2023 г.".
 */
function ruMonths(date: DatePoint): string {
  const [y1, m1] = date.start.split('-').map(Number) as [number, number];
  const [y2, m2] = (date.end ?? date.start).split('-').map(Number) as [number, number];
  const month = (m: number) => monthName(m, 'ru', 'long');
  if (y1 !== y2) return `${month(m1)} ${y1}${G} – ${month(m2)} ${y2}${G}`;
  return m1 === m2 ? `${month(m1)} ${y1}${G}` : `${month(m1)}–${month(m2)} ${y1}${G}`;
}

/** How each language marks a date the source gives as uncertain. */
const CIRCA: Record<Lang, string> = { en: 'c. ', vi: 'khoảng ', ru: 'прибл. ' };

/**
 * A date at its precision: day "6 Dec 2023" / "6/12/2023" / "6 декабря 2023 г.", range
 * "6 – 9 Dec 2023" / "6–9/12/2023" / "6–9 декабря 2023 г."; month "May 2010" / "tháng 5/2010" /
 * "май 2010 г."; year "2008"; `circa` adds "c." / "khoảng" / "прибл.".
 */
export function formatDatePoint(date: DatePoint, lang: Lang): string {
  let text: string;
  if (date.precision === 'year') {
    text = date.end && date.end !== date.start ? `${date.start}–${date.end}` : date.start;
  } else if (lang === 'vi') {
    text = viDate(date);
  } else if (lang === 'ru' && date.precision === 'month') {
    text = ruMonths(date);
  } else {
    const options: Intl.DateTimeFormatOptions =
      date.precision === 'day'
        ? // Russian writes the month in full ("6 декабря"); its short form ("6 дек.") reads as a note.
          { day: 'numeric', month: lang === 'ru' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' }
        : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    const f = dateFormat(localeOf(lang), options);
    text = sameSpaces(
      date.end && date.end !== date.start
        ? f.formatRange(utc(date.start), utc(date.end))
        : f.format(utc(date.start)),
    );
  }
  return date.circa ? CIRCA[lang] + text : text;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The months a figure covers: [1, 12] in 2022 → "2022"; [1, 8] in 2011 → "Jan–Aug 2011"
 * (vi "T1–T8/2011", ru "январь–август 2011 г."); [1, 3] → "Q1 2025" (vi "Quý I/2025",
 * ru "I квартал 2025 г.").
 */
export function formatPeriod(period: { year: number; months: [number, number] }, lang: Lang): string {
  const [from, to] = period.months;
  const year = period.year;
  if (from === 1 && to === 12) return String(year);
  const quarter = to - from === 2 && (from - 1) % 3 === 0 ? (from + 2) / 3 : null;
  if (lang === 'vi') {
    if (quarter !== null) return `Quý ${ROMAN[quarter - 1]}/${year}`;
    return from === to ? `T${from}/${year}` : `T${from}–T${to}/${year}`;
  }
  if (lang === 'ru') {
    if (quarter !== null) return `${ROMAN[quarter - 1]} квартал ${year}${G}`;
    const month = (n: number) => monthName(n, 'ru', 'long');
    return from === to ? `${month(from)} ${year}${G}` : `${month(from)}–${month(to)} ${year}${G}`;
  }
  if (quarter !== null) return `Q${quarter} ${year}`;
  const month = (n: number) => monthName(n, 'en', 'short');
  return from === to ? `${month(from)} ${year}` : `${month(from)}–${month(to)} ${year}`;
}
