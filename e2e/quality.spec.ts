import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { VIEWS } from '../src/app/views';
import { FETCH_TIMEOUT_MS } from '../src/lib/api/fetch-json';
import { langPath } from '../src/lib/url/lang';
import { axeViolations } from './support/axe';
import { recordRequests } from './support/requests';

const ROUTES = VIEWS.map((v) => v.path);
const PARAMS: Record<string, string[]> = {
  '/': ['from', 'to', 'lang', 'embed'],
  '/trade': ['from', 'to', 'lang', 'flow', 'scale', 'tab', 'markers', 'series', 'year', 'sort', 'cscale'],
  '/visits': ['from', 'to', 'lang', 'kind', 'level', 'dir', 'q', 'event'],
  '/partners': ['from', 'to', 'lang', 'pair', 'place', 'status', 'undated', 'sort'],
  '/sources': ['from', 'to', 'lang'],
  '/about': ['from', 'to', 'lang'],
};
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  "javascript:window.__xss=1//';alert(1)",
];

/** The view has finished loading: its heading is shown and no skeleton is left. */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
}

test.describe('hostile input', () => {
  for (const route of ROUTES) {
    test(`script in every param of ${route} never runs and the page renders`, async ({ page }) => {
      for (const payload of PAYLOADS) {
        const search = new URLSearchParams(PARAMS[route]!.map((p) => [p, payload]));
        await page.goto(`${route}?${search}`);
        await settled(page);
        expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      }
    });
  }

  test('script in a data record is shown as text, never run', async ({ page }) => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    for (const file of ['events', 'sources', 'places', 'trade']) {
      await page.route(new RegExp(`/assets/${file}-[^/]+\\.json$`), async (route) => {
        const records = (await (await route.fetch()).json()) as Record<string, unknown>[];
        const first = records[0] as Record<string, unknown>;
        if (file === 'events') first.title = { en: payload, vi: payload };
        if (file === 'sources') first.title = payload;
        if (file === 'places') first.names = { en: payload, vi: payload };
        if (file === 'trade') first.quote = payload;
        await route.fulfill({ json: records });
      });
    }
    for (const path of ['/visits', '/sources', '/partners', '/trade?tab=table']) {
      await page.goto(path);
      await settled(page);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    }
    await page.goto('/sources');
    await expect(page.getByText(payload).first()).toBeVisible();
  });
});

test.describe('faults', () => {
  const faults: Record<string, (route: import('@playwright/test').Route) => Promise<void> | void> = {
    '404': (r) => r.fulfill({ status: 404, body: 'missing' }),
    '500': (r) => r.fulfill({ status: 500, body: 'error' }),
    'invalid JSON': (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": ' }),
    'no answer': () => new Promise<void>(() => {}),
  };
  for (const [name, fault] of Object.entries(faults)) {
    test(`a data file answering ${name} shows Retry in that view only; Retry recovers`, async ({ page }) => {
      let broken = true;
      await page.route(/\/assets\/sources-[^/]+\.json$/, (route) =>
        broken ? fault(route) : route.continue(),
      );
      const hangs = name === 'no answer';
      // The client's timeout runs on the page's clock: the test jumps over it rather than waiting.
      if (hangs) await page.clock.install();
      await page.goto('/sources');
      const alert = page.getByRole('alert');
      // The client retries once before giving up; a file that never answers times out twice.
      if (hangs) {
        await expect(async () => {
          await page.clock.fastForward(FETCH_TIMEOUT_MS);
          await expect(alert).toContainText(/could not be loaded/, { timeout: 1_000 });
        }).toPass({ timeout: 30_000 });
      }
      await expect(alert).toContainText(/could not be loaded/, { timeout: 15_000 });
      // Other views keep working, in another tab.
      const other = await page.context().newPage();
      await other.goto('/visits');
      await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(other.locator('.skeleton')).toHaveCount(0);
      await expect(other.getByRole('alert')).toHaveCount(0);
      await other.close();
      broken = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByText(/\d+ of \d+ sources/)).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});

test.describe('security', () => {
  test('the built page carries a CSP, and no route breaks it or calls another host', async ({
    page,
    baseURL,
  }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const requests = recordRequests(page);
    for (const route of ROUTES) {
      await page.goto(route);
      await settled(page);
    }
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(violations).toEqual([]);
    const foreign = requests.filter((u) => !u.startsWith(baseURL!) && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
  });

  test('links to other sites open without opener or referrer', async ({ page }) => {
    await page.goto('/sources');
    await settled(page);
    const external = page.locator('a[href^="http"]');
    expect(await external.count()).toBeGreaterThan(0);
    for (const rel of await external.evaluateAll((as) => as.map((a) => a.getAttribute('rel')))) {
      expect(rel).toContain('noopener');
      expect(rel).toContain('noreferrer');
    }
  });
});

test.describe('languages, themes and accessibility', () => {
  for (const lang of ['en', 'vi', 'ru'] as const) {
    for (const route of ROUTES) {
      // One load, both themes: the system theme switches in place, as when a reader's OS changes it.
      test(`${route} in ${lang}, light and dark: no axe violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(langPath(lang, route));
        await settled(page);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await expect(page.locator('html')).toHaveCSS(
            'background-color',
            scheme === 'dark' ? 'rgb(20, 23, 28)' : 'rgb(255, 255, 255)',
          );
          expect(await axeViolations(page), scheme).toEqual([]);
        }
      });
    }
  }

  const COPIED = [
    {
      language: 'Vietnamese',
      lang: 'vi',
      locale: 'vi-VN',
      route: '/sources',
      copy: 'Sao chép liên kết',
      copied: 'Đã sao chép liên kết',
      heading: 'Nguồn',
      from: 'Năm bắt đầu',
    },
    {
      language: 'Russian',
      lang: 'ru',
      locale: 'ru-BY',
      route: '/visits',
      copy: 'Копировать ссылку',
      copied: 'Ссылка скопирована',
      heading: 'Визиты и соглашения',
      from: 'Начальный год',
    },
  ] as const;
  for (const c of COPIED) {
    test(`a link copied in ${c.language} opens in ${c.language} for an English browser`, async ({
      browser,
      baseURL,
    }) => {
      const reader = await browser.newContext({
        locale: c.locale,
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page = await reader.newPage();
      await page.goto(`${c.route}?from=2010`);
      await settled(page);
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await page.getByRole('button', { name: c.copy }).click();
      await expect(page.getByText(c.copied)).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(`${baseURL}/${c.lang}${c.route}?from=2010`);
      await reader.close();
      const en = await browser.newContext({ locale: 'en-GB' });
      const other = await en.newPage();
      await other.goto(link);
      await expect(other.getByRole('heading', { level: 1, name: c.heading })).toBeVisible();
      await expect(other.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(other.getByRole('slider', { name: c.from })).toHaveValue('2010');
      await en.close();
    });
  }

  test('an embedded view works inside an iframe on a plain page', async ({ page }) => {
    await page.goto('/about');
    await page.evaluate(() => {
      document.body.innerHTML =
        '<h1>Article</h1><iframe title="Embedded" src="/sources?embed=1&from=2015" width="800" height="600"></iframe>';
    });
    const frame = page.frameLocator('iframe[title="Embedded"]');
    await expect(frame.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await expect(frame.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
    await expect(frame.getByRole('link', { name: /open the full dashboard/i })).toHaveAttribute(
      'target',
      '_blank',
    );
  });
});
