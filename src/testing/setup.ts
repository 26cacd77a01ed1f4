import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n } from '@/i18n/i18n';
import ruCommon from '@/i18n/ru.json';
import viCommon from '@/i18n/vi.json';
import { resetDataServer, serveDataFiles } from './data-server';

// Lazy chunks (views, panels) are transformed on first import; with `npm test` running the typecheck,
// lint and build beside Vitest, that took over 5 s. One wait for every test, within its 20 s limit.
configure({ asyncUtilTimeout: 15_000 });

// The page loads the Vietnamese and Russian shell strings on first use (src/i18n/i18n.ts, tested there);
// tests that render the app in those languages get them up front, as they switch synchronously.
i18n.addResourceBundle('vi', 'common', viCommon, true, true);
i18n.addResourceBundle('ru', 'common', ruCommon, true, true);

// jsdom has no layout engine; charts are given explicit sizes in tests instead.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
window.scrollTo = () => {};
Element.prototype.scrollIntoView ??= function () {};
// jsdom has <dialog> but not its methods; here a modal dialog is simply open.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
  this.dispatchEvent(new Event('close'));
};

beforeEach(() => {
  vi.stubGlobal('fetch', serveDataFiles);
});

afterEach(() => {
  cleanup();
  // A language chosen in one test is not remembered into the next.
  localStorage.clear();
  resetDataServer();
  vi.unstubAllGlobals();
  // A browser language mocked in one test (navigator.languages) is not the next one's.
  vi.restoreAllMocks();
});
