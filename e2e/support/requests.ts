import type { Page } from '@playwright/test';

/** Every URL the page requests from now on, gathered as it goes, to check where the page went. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}
