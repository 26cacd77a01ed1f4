import type { TFunction } from 'i18next';

/** Each route's namespace, whose `title` is the view's h1 (registered once the view has loaded). */
const VIEW_NS: Record<string, string> = {
  '/': 'overview',
  '/trade': 'trade',
  '/visits': 'visits',
  '/partners': 'partners',
  '/sources': 'sources',
  '/about': 'about',
};

/** The namespace of the view at `pathname` (without its language), if it is a view. */
export const viewNamespace = (pathname: string): string | undefined => VIEW_NS[pathname];

/** The view's title in the reader's language, as its h1 says it: what Cite and Embed name. */
export function viewTitle(t: TFunction, pathname: string): string {
  const ns = VIEW_NS[pathname];
  return ns
    ? t('title', { ns, defaultValue: t(`nav.${ns}`, { ns: 'common' }) })
    : t('notFound.title', { ns: 'common' });
}
