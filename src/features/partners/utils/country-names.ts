/**
 * Country names in the reader's language from ISO 3166 region codes, by the browser's own
 * `Intl.DisplayNames` (CLDR), so no country name is translated by hand.
 *   regionName('CN', 'vi') → "Trung Quốc"; backdropName('Laos', 'ru') → "Лаос"
 */
import type { Lang } from '@/lib/url/lang';

/**
 * The map's backdrop countries, named in English by Natural Earth (`data/geo-countries.topo.json`
 * carries no code), → ISO 3166-1 alpha-2. A test checks that every country in that file is here.
 */
const BACKDROP_CODES: Readonly<Record<string, string>> = {
  Austria: 'AT',
  Bangladesh: 'BD',
  Belarus: 'BY',
  Bhutan: 'BT',
  Brunei: 'BN',
  Cambodia: 'KH',
  China: 'CN',
  Czechia: 'CZ',
  Estonia: 'EE',
  'Hong Kong': 'HK',
  Hungary: 'HU',
  India: 'IN',
  Indonesia: 'ID',
  Laos: 'LA',
  Latvia: 'LV',
  Lithuania: 'LT',
  Malaysia: 'MY',
  Moldova: 'MD',
  Myanmar: 'MM',
  Philippines: 'PH',
  Poland: 'PL',
  Romania: 'RO',
  Russia: 'RU',
  Slovakia: 'SK',
  Sweden: 'SE',
  Taiwan: 'TW',
  Thailand: 'TH',
  Ukraine: 'UA',
  Vietnam: 'VN',
};

/** The ISO code of a backdrop country named by Natural Earth, or undefined. */
export const backdropCode = (name: string): string | undefined => BACKDROP_CODES[name];

const cache = new Map<Lang, Intl.DisplayNames | null>();

function displayNames(lang: Lang): Intl.DisplayNames | null {
  if (!cache.has(lang)) {
    let names: Intl.DisplayNames | null = null;
    try {
      // Short forms: "Hong Kong", not "Hong Kong SAR China", as a map names it.
      names = new Intl.DisplayNames([lang], { type: 'region', style: 'short', fallback: 'none' });
    } catch {
      // A browser without Intl.DisplayNames (before 2021): callers fall back to their English name.
    }
    cache.set(lang, names);
  }
  return cache.get(lang)!;
}

/** A region's name in `lang` (`'RU'`, 'vi' → "Nga"), or undefined when the browser has none. */
export function regionName(code: string, lang: Lang): string | undefined {
  try {
    return displayNames(lang)?.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A backdrop country's name in `lang`, from its Natural Earth English name ("China", 'ru' → "Китай"). */
export function backdropName(name: string, lang: Lang): string {
  const code = backdropCode(name);
  return (code && regionName(code, lang)) || name;
}

/**
 * A place's country (a schema `CountryCode`) in `lang`: ISO codes by `Intl`, anything else
 * ('OTHER', or every code in a browser without `Intl.DisplayNames`) by `fallback`.
 *   countryName('RU', 'vi', t) → "Nga"; countryName('OTHER', 'en', t) → t('country.OTHER')
 */
export function countryName(code: string, lang: Lang, fallback: (code: string) => string): string {
  return (/^[A-Z]{2}$/.test(code) && regionName(code, lang)) || fallback(code);
}
