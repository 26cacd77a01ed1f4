import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetDataServer, serveDataFiles } from './data-server';

// Lazy view chunks load through the module graph; on a busy machine that can take a while.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout engine; charts are given explicit sizes in tests instead.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
window.scrollTo = () => {};
Element.prototype.scrollIntoView ??= function () {};

beforeEach(() => {
  vi.stubGlobal('fetch', serveDataFiles);
});

afterEach(() => {
  cleanup();
  resetDataServer();
  vi.unstubAllGlobals();
});
