/**
 * What an exported or embedded map says about itself: the publishers of the sources behind the
 * pairs it shows, and the downloaded file's name.
 */
import { rankPublishers } from '@/lib/publishers';
import type { Lang } from '@/lib/url/lang';
import type { Partnership, Source } from '@data/schema';

/**
 * Publishers of the sources the `pairs` cite, the one behind most pairs first, then by name;
 * a source id with no record is left out.
 *   pairs citing [belta], [belta, vnn] → ['BelTA', 'VietnamNet']
 */
export function pairPublishers(
  pairs: readonly Partnership[],
  sources: ReadonlyMap<string, Source>,
  lang: Lang,
): string[] {
  return rankPublishers(
    pairs.map((p) => p.sourceIds),
    sources,
    lang,
  );
}

/** The first `n` publishers and how many more there are, for a one-line credit. */
export function firstPublishers(publishers: readonly string[], n: number): { list: string[]; more: number } {
  return { list: publishers.slice(0, n), more: Math.max(0, publishers.length - n) };
}

/** `vietnam-belarus-partner-cities-2026.png`: the map as of the filter's end year. */
export function mapFileName(to: number, ext: 'png' | 'svg'): string {
  return `vietnam-belarus-partner-cities-${to}.${ext}`;
}
