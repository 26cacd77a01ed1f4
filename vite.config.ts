import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './scripts/vite-plugin-dataset.ts';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [react(), datasetPlugin()],
  resolve: {
    alias: { '@': r('./src'), '@data': r('./data') },
  },
  build: {
    // Data files are fetched as hashed assets, never inlined as data: URLs (CSP, caching).
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    sourcemap: false,
  },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'data/**/*.test.ts', 'scripts/**/*.test.ts'],
    css: false,
  },
});
