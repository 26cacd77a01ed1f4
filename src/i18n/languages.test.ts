/**
 * Every language has every string: each key of each namespace (the shell's JSON and every view's
 * locales), with the plural forms the language needs, and every text of the dataset. A new
 * language fails here until it is complete; the failure lists what is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { locales as swUpdate } from '@/app/sw/locales';
import { locales as cite } from '@/components/cite-panel-locales';
import { locales as csv } from '@/components/csv-download-locales';
import { locales as embed } from '@/components/embed-panel-locales';
import { locales as print } from '@/components/print-frame-locales';
import { locales as siteNav } from '@/components/site-nav/site-nav-locales';
import { locales as sourceCitation } from '@/components/source-citation-locales';
import { locales as urlNotice } from '@/components/url-notice-locales';
import { locales as about } from '@/features/about/locales';
import { locales as overview } from '@/features/overview/locales';
import { locales as partners } from '@/features/partners/locales';
import { locales as sources } from '@/features/sources/locales';
import { locales as tradeChange } from '@/features/trade/components/change-text-locales';
import { locales as tradeContext } from '@/features/trade/components/context-locales';
import { locales as trade } from '@/features/trade/locales';
import { locales as visitsSince } from '@/features/visits/components/since-year-locales';
import { locales as visits } from '@/features/visits/locales';
import { LANGS, type Lang } from '@/lib/url/lang';
import en from './en.json';
import ru from './ru.json';
import vi from './vi.json';

type Bundle = Record<string, unknown>;

const NAMESPACES: Record<string, Partial<Record<Lang, Bundle>>> = {
  common: { en, vi, ru },
  cite,
  embed,
  print,
  swUpdate,
  overview,
  visits,
  partners,
  sources,
  about,
  csv,
  urlNotice,
  siteNav,
  tradeChange,
  visitsSince,
  sourceCitation,
  tradeContext,
  trade,
};

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** `{ a: { b_one: 'x', b_other: 'y' } }` → Map { 'a.b_one' → 'x', 'a.b_other' → 'y' }. */
function flatten(bundle: Bundle, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(bundle)) {
    const path = prefix + key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      flatten(value as Bundle, `${path}.`, out);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

/** The `{{name}}`s a string interpolates. */
const variables = (s: string) => new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!));

/** What `lang` lacks or has wrongly against English: "visits: count_few missing". */
function problems(ns: string, bundles: Partial<Record<Lang, Bundle>>, lang: Lang): string[] {
  const reference = flatten(bundles.en!);
  const bundle = bundles[lang];
  if (!bundle) return [`${ns}: no ${lang} strings at all`];
  const keys = flatten(bundle);
  const out: string[] = [];
  // English keys by base: 'count' → { forms: ['one', 'other'], vars: {shown, total} }.
  const bases = new Map<string, { plural: boolean; zero: boolean; vars: Set<string> }>();
  for (const [key, value] of reference) {
    const base = key.replace(PLURAL, '');
    const entry = bases.get(base) ?? { plural: false, zero: false, vars: new Set<string>() };
    entry.plural ||= PLURAL.test(key);
    entry.zero ||= key.endsWith('_zero');
    for (const v of variables(String(value))) entry.vars.add(v);
    bases.set(base, entry);
  }
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  const expected = new Set<string>();
  for (const [base, entry] of bases) {
    if (!entry.plural) expected.add(base);
    else {
      for (const c of categories) expected.add(`${base}_${c}`);
      if (entry.zero) expected.add(`${base}_zero`);
    }
  }
  for (const key of expected) {
    const value = keys.get(key);
    if (value === undefined) out.push(`${ns}: ${key} missing`);
    else if (typeof value !== 'string' || value.trim() === '') out.push(`${ns}: ${key} is empty`);
  }
  for (const [key, value] of keys) {
    if (!expected.has(key)) out.push(`${ns}: ${key} is not a key of English (or a plural form ${lang} has)`);
    const allowed = bases.get(key.replace(PLURAL, ''))?.vars ?? new Set();
    for (const v of variables(String(value))) {
      if (!allowed.has(v)) out.push(`${ns}: ${key} uses {{${v}}}, which English does not give`);
    }
  }
  return out;
}

describe('UI strings', () => {
  for (const [ns, bundles] of Object.entries(NAMESPACES)) {
    it.each(LANGS.filter((l) => l !== 'en'))(`${ns} has every key in %s`, (lang) => {
      expect(problems(ns, bundles, lang)).toEqual([]);
    });
  }

  it('finds a missing key and a missing plural form', () => {
    const bundles = {
      en: { a: 'A', n_one: '{{count}} x', n_other: '{{count}} xs' },
      ru: { n_one: '{{count}} х', n_other: '{{count}} х', extra: '{{oops}}' },
    };
    expect(problems('test', bundles, 'ru')).toEqual([
      'test: a missing',
      'test: n_few missing',
      'test: n_many missing',
      'test: extra is not a key of English (or a plural form ru has)',
      'test: extra uses {{oops}}, which English does not give',
    ]);
  });
});

/**
 * Every text of the dataset, wherever it sits: an object with `en` and `vi` strings (titles,
 * summaries, documents, notes, place names, goods, indicator labels…), found by walking the JSON.
 */
const dataDir = resolve(process.cwd(), 'data');
const dataFiles = readdirSync(dataDir).filter((f) => f.endsWith('.json') && !f.endsWith('.topo.json'));

interface DataText {
  /** `events.json title`, `partnerships.json documents[].title`: the field, across records. */
  field: string;
  /** The record's id. */
  id: string;
  text: Record<string, unknown>;
}

function dataTexts(): DataText[] {
  const out: DataText[] = [];
  const walk = (value: unknown, field: string, id: string, file: string) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, `${field}[]`, id, file));
    else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.en === 'string' && typeof o.vi === 'string')
        out.push({ field: `${file} ${field}`, id, text: o });
      else for (const [k, v] of Object.entries(o)) walk(v, field ? `${field}.${k}` : k, id, file);
    }
  };
  for (const file of dataFiles) {
    const records = JSON.parse(readFileSync(resolve(dataDir, file), 'utf8')) as { id: string }[];
    for (const r of records) walk(r, '', r.id, file);
  }
  return out;
}

const texts = dataTexts();
const fields = [...new Set(texts.map((t) => t.field))].sort();

describe('data texts', () => {
  it('are found in every file that has them', () => {
    for (const f of ['events.json title', 'events.json summary', 'places.json names', 'people.json names']) {
      expect(fields).toContain(f);
    }
  });

  for (const field of fields) {
    it(`${field}: every text in ${LANGS.join(', ')}`, () => {
      const missing = texts
        .filter((t) => t.field === field)
        .flatMap((t) =>
          LANGS.filter((l) => typeof t.text[l] !== 'string' || (t.text[l] as string).trim() === '').map(
            (l) => `${t.id}: no ${l}`,
          ),
        );
      expect(missing).toEqual([]);
    });
  }
});
