import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './scripts/vite/csp.ts';
import { datasetPlugin } from './scripts/vite/dataset-meta.ts';
import { precompressedPlugin } from './scripts/vite/precompressed.ts';
import { prerenderedPagesPlugin } from './scripts/vite/prerendered.ts';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Tests that render (components, views, hooks) or use browser APIs; every other test is pure. */
const DOM_TESTS = ['src/**/*.test.tsx', 'src/hooks/**/*.test.ts', 'src/lib/csv/download.test.ts'];

export default defineConfig({
  plugins: [react(), datasetPlugin(), cspPlugin(), prerenderedPagesPlugin(), precompressedPlugin()],
  resolve: {
    alias: { '@': r('./src'), '@data': r('./data') },
  },
  build: {
    // Data files are fetched as hashed assets, never inlined as data: URLs (CSP, caching).
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    sourcemap: false,
    manifest: true,
    rolldownOptions: {
      output: {
        // An automatic shared chunk is named after its first module; the one the virtual
        // dataset-meta module leads (router, query client, shell strings) reads better as "shell".
        chunkFileNames: (chunk) =>
          chunk.name.includes('virtual') ? 'assets/shell-[hash].js' : 'assets/[name]-[hash].js',
        // React, the router and react-i18next in one chunk, cached apart from the app's code: every
        // page loads all three before it answers input, and one file compresses better than three
        // (1.2 KB gzip less shell). Each is a single module or a few that the shell uses whole, so
        // views gain nothing from them being apart. The query client and i18next are left to
        // automatic splitting: the shell gets only the parts it uses, and parts only views use
        // (e.g. useQueries) load with the views.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-i18next)[\\/]/,
            },
            // The map's geometry code, apart from the chart library so the map never loads recharts.
            { name: 'geo', test: /node_modules[\\/](d3-geo|d3-array|internmap|topojson-client)[\\/]/ },
            // The timeline's mark shapes, apart from the chart library so Visits never loads recharts.
            { name: 'shapes', test: /node_modules[\\/](d3-shape|d3-path)[\\/]/ },
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|@reduxjs|redux|reselect|immer|es-toolkit|eventemitter3|decimal\.js-light|tiny-invariant|use-sync-external-store|react-redux|clsx)[\\/]/,
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    globals: true,
    css: false,
    // Both cores (Vitest's default leaves one idle on a 2-core machine).
    maxWorkers: 2,
    // Worker threads, not forked processes: the same 816 tests in 55–63 s instead of 64–72 s here,
    // with less CPU (93–108 s against 108–122 s), which the build and lint beside them need.
    pool: 'threads',
    // A jsdom environment costs about a second a file: only tests that render get one.
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup.ts'],
          include: DOM_TESTS,
          // A whole route rendered in jsdom can take over Vitest's 5 s when the machine's two
          // cores are shared with other work.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: DOM_TESTS,
        },
      },
    ],
  },
});
