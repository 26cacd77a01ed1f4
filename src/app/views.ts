/**
 * The table of views: the routes, the nav, the prerendered pages, the link previews and the browser
 * tests' route list are all made from it. Plain data (no imports), so the build scripts read it
 * too; each view's code is loaded by `VIEW_LOADERS` (src/app/view-loaders.ts), keyed the same.
 */
export const VIEWS = [
  { key: 'overview', path: '/', module: 'src/features/overview/overview-view.tsx' },
  { key: 'trade', path: '/trade', module: 'src/features/trade/trade-view.tsx' },
  { key: 'visits', path: '/visits', module: 'src/features/visits/visits-view.tsx' },
  { key: 'partners', path: '/partners', module: 'src/features/partners/partners-view.tsx' },
  { key: 'sources', path: '/sources', module: 'src/features/sources/sources-view.tsx' },
  { key: 'about', path: '/about', module: 'src/features/about/about-view.tsx' },
] as const;

export type View = (typeof VIEWS)[number];
export type ViewKey = View['key'];
export type ViewPath = View['path'];

/** The view at a path without its language (`/trade`), or undefined (Not found). */
export function viewAt(path: string): View | undefined {
  return VIEWS.find((v) => v.path === path);
}
