/**
 * What an exported or embedded map says about itself: the publishers of the sources behind the
 * pairs it shows, and the downloaded file's name.
 */
import type { Partnership, Source } from '@data/schema';

/**
 * Publishers of the sources the `pairs` cite, the one behind most pairs first, then by name;
 * a source id with no record is left out.
 *   pairs citing [belta], [belta, vnn] → ['BelTA', 'VietnamNet']
 */
export function pairPublishers(
  pairs: readonly Partnership[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  const count = new Map<string, number>();
  for (const pair of pairs) {
    const publishers = new Set(pair.sourceIds.flatMap((id) => sources.get(id)?.publisher ?? []));
    for (const p of publishers) count.set(p, (count.get(p) ?? 0) + 1);
  }
  return [...count.entries()].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0)).map(([p]) => p);
}

/** The first `n` publishers and how many more there are, for a one-line credit. */
export function firstPublishers(publishers: readonly string[], n: number): { list: string[]; more: number } {
  return { list: publishers.slice(0, n), more: Math.max(0, publishers.length - n) };
}

/** `vietnam-belarus-partner-cities-2026.png`: the map as of the filter's end year. */
export function mapFileName(to: number, ext: 'png' | 'svg'): string {
  return `vietnam-belarus-partner-cities-${to}.${ext}`;
}
