import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import meta from 'virtual:dataset-meta';
import { AppNavLink } from '@/components/app-link';
import { ShareControls } from '@/components/share-controls';
import { SiteNav, type SiteNavItem } from '@/components/site-nav/site-nav';
import { ThemeToggle } from '@/components/theme-toggle';
import { UrlNotice } from '@/components/url-notice';
import { YearRangeFilter } from '@/components/year-range-filter';
import { useEmbedHeight } from '@/hooks/use-embed-height';
import { useShared, useSharedRange } from '@/hooks/use-shared';
import { i18n, setLanguage } from '@/i18n/i18n';
import { useBelowFold } from '@/lib/below-fold';
import { localStore } from '@/lib/storage';
import { canonicalUrl, pageOrigin, pathIn } from '@/lib/url/canonical-url';
import { hasChartEmbed } from '@/lib/url/embed';
import { LANG_NAMES, LANGS, rememberLang, type Lang } from '@/lib/url/lang';
import { UpdateNotice } from './sw/update-notice';
import { viewAt, VIEWS } from './views';

// What only paper shows loads in idle time after the first paint (or when the reader prints).
const PrintFrame = lazy(() => import('@/components/print-frame').then((m) => ({ default: m.PrintFrame })));

const NAV: readonly SiteNavItem[] = VIEWS.map((v) => ({ to: v.path, key: v.key, end: v.path === '/' }));

/**
 * i18next and `<html lang>` follow the path's language, in the commit that shows it (before it
 * paints), so strings, numbers and dates change together. The language's strings are loaded
 * before the move (the switcher awaits them; the entry before the first render).
 */
function useDocumentLanguage(lang: Lang, path: string) {
  useLayoutEffect(() => {
    if (i18n.language !== lang) void setLanguage(lang);
    document.documentElement.lang = lang;
    const view = viewAt(path);
    // The view's own title once its strings are in (they come with its code), else its nav label.
    const title = view
      ? i18n.t('title', { ns: view.key, lng: lang, defaultValue: i18n.t(`nav.${view.key}`, { lng: lang }) })
      : i18n.t('notFound.title', { lng: lang });
    document.title = `${title} · ${i18n.t('appName', { lng: lang })}`;
  }, [lang, path]);
}

/**
 * After a move to another view (not on the first load), focus goes to the new view's heading, so
 * a keyboard or screen-reader user starts there instead of on the nav link. The view may still be
 * loading: its heading is awaited for a few seconds.
 */
function useFocusViewHeading(path: string) {
  // The path last seen, not a first-run flag: StrictMode runs effects twice on mount.
  const shown = useRef(path);
  useEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    let frame = 0;
    let tries = 0;
    let target: HTMLElement | null = null;
    // What had focus when the move began (the nav link): focus leaves it for the heading.
    const from = document.activeElement;
    // For about two seconds: the new view may still be loading (its old one is then kept hidden
    // in the DOM, so only a heading that is shown counts); once the reader moves focus elsewhere,
    // it stays there.
    const focusHeading = () => {
      const active = document.activeElement;
      if (active !== target && active !== from && active !== document.body) return;
      const heading = [...document.querySelectorAll<HTMLElement>('main h1')].find(
        // jsdom has no checkVisibility (nor layout): there every heading counts as shown.
        (h) => h.checkVisibility?.() ?? true,
      );
      if (heading && heading !== target) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        if (document.activeElement === heading) target = heading;
      }
      if (++tries < 120) frame = requestAnimationFrame(focusHeading);
    };
    frame = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(frame);
  }, [path]);
}

/** The menu of languages: the same view and link in another language. */
function LanguageSwitch() {
  const { t } = useTranslation();
  const { lang, path } = useShared();
  const navigate = useNavigate();
  const { search } = useLocation();
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={lang}
        aria-label={t('language.label')}
        onChange={(e) => {
          const next = e.target.value as Lang;
          rememberLang(localStore(), next);
          // Strings first, then the move: the view never shows two languages at once.
          void setLanguage(next).then(() => navigate(`${pathIn(next, path)}${search}`));
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The year filter, folded behind a button that names the years on narrow screens. */
function YearsDrawer() {
  const { t } = useTranslation();
  const range = useSharedRange();
  // Whether the narrow-screen filter drawer is open: momentary UI, not view state.
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="drawer-toggle"
        aria-expanded={open}
        aria-controls="filters-panel"
        onClick={() => setOpen((o) => !o)}
      >
        {t('filters.show', { from: range.from, to: range.to })}
      </button>
      <div id="filters-panel" className={open ? 'filters-panel filters-panel--open' : 'filters-panel'}>
        <YearRangeFilter />
      </div>
    </>
  );
}

/** An embedded full view's bar: a link to the dashboard and the years. */
function EmbedBar() {
  const { t } = useTranslation();
  const { lang, path } = useShared();
  const { search } = useLocation();
  return (
    <div className="embed-bar">
      <a href={canonicalUrl(pageOrigin(), path, search, lang)} target="_blank" rel="noopener noreferrer">
        {t('appName')} · {t('embed.openFull')}
      </a>
      <YearRangeFilter />
    </div>
  );
}

/** What only paper shows: the years and choices at the top, the link and date at the foot. */
function PrintSlot() {
  const { lang, path } = useShared();
  const range = useSharedRange();
  const { search } = useLocation();
  return (
    <Suspense fallback={null}>
      <PrintFrame
        from={range.from}
        to={range.to}
        url={canonicalUrl(pageOrigin(), path, search, lang)}
        lang={lang}
      />
    </Suspense>
  );
}

/**
 * Site chrome around every view: title, views, language, the shared year filter, notices. It
 * reads no location of its own: the parts that show the years or the link are their own
 * components, so a year step or a filter does not re-render the shell.
 */
export function Layout() {
  const { t } = useTranslation();
  const { lang, path, issues, embed: embedMode } = useShared();
  // `embed=1`: the view without the site chrome; `embed=chart`: the view's figure alone, which
  // carries its own title, source line and link back (see src/lib/url/embed.ts).
  const embed = embedMode !== null;
  const belowFold = useBelowFold();

  useFocusViewHeading(path);
  useDocumentLanguage(lang, path);
  const embedRef = useEmbedHeight<HTMLDivElement>(embed);

  return (
    <div ref={embedRef} className={embed ? `app app--embed app--embed-${embedMode}` : 'app'}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {!embed && (
        <header className="site-header">
          <div className="site-header__top">
            <AppNavLink to="/" className="site-title" end>
              <span className="site-title__flags" aria-hidden="true">
                VN · BY
              </span>
              <span className="site-title__name">{t('appName')}</span>
            </AppNavLink>
            <div className="site-header__controls">
              <LanguageSwitch />
              <ThemeToggle />
            </div>
          </div>
          <SiteNav items={NAV} />
          <div className="site-header__tools">
            <YearsDrawer />
            <ShareControls />
          </div>
        </header>
      )}
      {(embedMode === 'full' || (embedMode === 'chart' && !hasChartEmbed(path))) && <EmbedBar />}
      {!embed && belowFold && <PrintSlot />}
      <UrlNotice issues={issues} />
      <UpdateNotice />
      <main id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <div className="skeleton" role="status">
              <div className="skeleton__bar" />
              <div className="skeleton__block" />
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      {!embed && (
        <footer className="site-footer">
          <p>
            {t('footer.sources')} {t('footer.updated', { date: meta.newestSource })}
          </p>
        </footer>
      )}
    </div>
  );
}
