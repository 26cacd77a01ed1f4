import type { Lang } from '@/lib/url/lang';
import type { Source } from '@data/schema';

/**
 * The publisher as readers of `lang` know it: its established name in that language where the
 * source gives one (`names`), else the name it has everywhere.
 *   localPublisher(imf, 'vi') → 'Quỹ Tiền tệ Quốc tế (IMF)'; localPublisher(nhanDan, 'ru') → 'Nhân Dân'
 */
export function localPublisher(source: Pick<Source, 'publisher' | 'names'>, lang: Lang): string {
  return (lang === 'en' ? undefined : source.names?.[lang]) ?? source.publisher;
}

/** Where a dataset's files were read from when not from the publisher (the schema's `copy`). */
export type SourceCopy = NonNullable<Source['copy']>;

/**
 * The copy a dataset was read from, named for a reader: the host, then the repository's path.
 *   copyName({ repository: 'https://github.com/SamLeBlanc/Direction-of-Trade-Map', … })
 *     → 'GitHub SamLeBlanc/Direction-of-Trade-Map'
 */
export function copyName(copy: Pick<SourceCopy, 'repository'>): string {
  const url = new URL(copy.repository);
  const path = url.pathname.replace(/^\/+|\/+$/g, '');
  const host = url.hostname === 'github.com' ? 'GitHub' : url.hostname;
  return path ? `${host} ${path}` : host;
}

/**
 * The address of the copy as it was used: on GitHub, the folder holding its files at the commit
 * (a later commit may change or delete them); elsewhere, the repository.
 *   copyUrl({ repository: 'https://github.com/a/b', commit: 'a769…', paths: ['data/x.xlsx'] })
 *     → 'https://github.com/a/b/tree/a769…/data'
 */
export function copyUrl(copy: Pick<SourceCopy, 'repository' | 'commit' | 'paths'>): string {
  const repository = copy.repository.replace(/\/+$/, '');
  if (new URL(repository).hostname !== 'github.com') return repository;
  const folders = copy.paths.map((p) => p.split('/').slice(0, -1));
  const common = folders.reduce((acc, f) => acc.slice(0, commonLength(acc, f)));
  return [repository, 'tree', copy.commit, ...common].join('/');
}

function commonLength(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The publishers behind a set of records, each named once in the reader's language: the one
 * behind most records first, then by name. `records` holds each record's source ids; a source id
 * with no record is left out.
 *   rankPublishers([[belta], [belta, vnn]], sources, 'ru') → ['БелТА', 'VietnamNet']
 */
export function rankPublishers(
  records: readonly (readonly string[])[],
  sources: ReadonlyMap<string, Source>,
  // English until every caller passes the reader's language.
  lang: Lang = 'en',
): string[] {
  const count = new Map<string, number>();
  for (const ids of records) {
    const publishers = new Set(
      ids.flatMap((id) => {
        const s = sources.get(id);
        return s ? [localPublisher(s, lang)] : [];
      }),
    );
    for (const p of publishers) count.set(p, (count.get(p) ?? 0) + 1);
  }
  return [...count.entries()].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0)).map(([p]) => p);
}
