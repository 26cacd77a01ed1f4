import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetDataServer, serveDataFiles } from './data-server';

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
