import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import meta from 'virtual:dataset-meta';
import { AppNavLink } from '@/components/app-link';
import { ShareControls } from '@/components/share-controls';
import { SiteNav, type SiteNavItem } from '@/components/site-nav/site-nav';
import { ThemeToggle } from '@/components/theme-toggle';
import { UrlNotice } from '@/components/url-notice';
import { YearRangeFilter } from '@/components/year-range-filter';
import { useEmbed } from '@/hooks/use-embed';
import { useLang } from '@/hooks/use-lang';
import { useSearchUpdater } from '@/hooks/use-search-updater';
import { useYearRange } from '@/hooks/use-year-range';
import { setLanguage } from '@/i18n/i18n';
import { canonicalUrl, pageOrigin } from '@/lib/url/canonical-url';
import { useBelowFold } from '@/lib/below-fold';
import { hasChartEmbed } from '@/lib/url/embed';
import { LANG_NAMES, LANGS, rememberLang, type Lang } from '@/lib/url/lang';
import { UpdateNotice } from './sw/update-notice';

// What only paper shows loads in idle time after the first paint (or when the reader prints).
const PrintFrame = lazy(() => import('@/components/print-frame').then((m) => ({ default: m.PrintFrame })));

const NAV: readonly SiteNavItem[] = [
  { to: '/', key: 'overview', end: true },
  { to: '/trade', key: 'trade' },
  { to: '/visits', key: 'visits' },
  { to: '/partners', key: 'partners' },
  { to: '/sources', key: 'sources' },
  { to: '/about', key: 'about' },
];

/**
 * After a move to another view (not on the first load), focus goes to the new view's heading, so
 * a keyboard or screen-reader user starts there instead of on the nav link. The view may still be
 * loading: its heading is awaited for a few seconds.
 */
function useFocusViewHeading(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frame = 0;
    let tries = 0;
    let target: HTMLElement | null = null;
    // For about two seconds: the old view can stay on screen until the new one has loaded, so a
    // heading that is replaced is followed; once the reader moves focus elsewhere, it stays there.
    const focusHeading = () => {
      const active = document.activeElement;
      if (target && active !== target && active !== document.body) return;
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading && heading !== target) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        target = heading;
      }
      if (++tries < 120) frame = requestAnimationFrame(focusHeading);
    };
    frame = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

/** Site chrome around every view: title, views, language, the shared year filter, notices. */
export function Layout() {
  const { t } = useTranslation();
  const { lang, issues: langIssues } = useLang();
  const { issues: yearIssues, range } = useYearRange();
  // Whether the narrow-screen filter drawer is open: momentary UI, not view state.
  const [drawerOpen, setDrawerOpen] = useState(false);
  const update = useSearchUpdater();
  const { search, pathname } = useLocation();
  // `embed=1`: the view without the site chrome; `embed=chart`: the view's figure alone, which
  // carries its own title, source line and link back (see src/lib/url/embed.ts).
  const embedMode = useEmbed();
  const embed = embedMode !== null;
  const belowFold = useBelowFold();

  useFocusViewHeading(pathname);

  useLayoutEffect(() => {
    void setLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <div className={embed ? `app app--embed app--embed-${embedMode}` : 'app'}>
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
              {t('appName')}
            </AppNavLink>
            <div className="site-header__controls">
              <label className="lang-switch">
                <span className="visually-hidden">{t('language.label')}</span>
                <select
                  value={lang}
                  aria-label={t('language.label')}
                  onChange={(e) => {
                    const next = e.target.value as Lang;
                    rememberLang(window.localStorage, next);
                    update((s) => s.set('lang', next));
                  }}
                >
                  {LANGS.map((l) => (
                    <option key={l} value={l} lang={l}>
                      {LANG_NAMES[l]}
                    </option>
                  ))}
                </select>
              </label>
              <ThemeToggle />
            </div>
          </div>
          <SiteNav items={NAV} />
          <div className="site-header__tools">
            <button
              type="button"
              className="drawer-toggle"
              aria-expanded={drawerOpen}
              aria-controls="filters-panel"
              onClick={() => setDrawerOpen((o) => !o)}
            >
              {t('filters.show', { from: range.from, to: range.to })}
            </button>
            <div
              id="filters-panel"
              className={drawerOpen ? 'filters-panel filters-panel--open' : 'filters-panel'}
            >
              <YearRangeFilter />
            </div>
            <ShareControls />
          </div>
        </header>
      )}
      {(embedMode === 'full' || (embedMode === 'chart' && !hasChartEmbed(pathname))) && (
        <div className="embed-bar">
          <a
            href={canonicalUrl(pageOrigin(), pathname, search, lang)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('appName')} · {t('embed.openFull')}
          </a>
          <YearRangeFilter />
        </div>
      )}
      {!embed && belowFold && (
        <Suspense fallback={null}>
          <PrintFrame
            from={range.from}
            to={range.to}
            url={canonicalUrl(pageOrigin(), pathname, search, lang)}
            lang={lang}
          />
        </Suspense>
      )}
      <UrlNotice issues={[...yearIssues, ...langIssues]} />
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
