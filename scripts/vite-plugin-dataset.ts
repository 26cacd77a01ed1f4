/**
 * Validates the dataset when Vite starts (dev, build, preview of tests) and serves
 * `virtual:dataset-meta`: the year domain and the newest source date, known at build time so
 * the shell can draw the year filter before any data file is fetched.
 */
import type { Plugin } from 'vite';
import { assertDatasetValid, readDatasetFiles } from '../data/load-dataset.ts';
import type { DatasetEvent, Partnership, Source, TradeFigure } from '../data/schema.ts';

const VIRTUAL_ID = 'virtual:dataset-meta';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** Year span and newest source of the dataset files. */
export function datasetMeta(): { minYear: number; maxYear: number; newestSource: string } {
  const { files } = readDatasetFiles();
  const years: number[] = [];
  for (const t of (files['trade.json'] ?? []) as TradeFigure[]) years.push(t.period.year);
  for (const e of (files['events.json'] ?? []) as DatasetEvent[])
    years.push(Number(e.date.start.slice(0, 4)));
  for (const p of (files['partnerships.json'] ?? []) as Partnership[]) {
    if (p.since) years.push(Number(p.since.start.slice(0, 4)));
  }
  const sources = (files['sources.json'] ?? []) as Source[];
  const newestSource =
    sources
      .map((s) => s.date)
      .sort()
      .at(-1) ?? '';
  const now = new Date().getFullYear();
  const minYear = years.length ? Math.min(...years) : now - 1;
  const maxYear = years.length ? Math.max(...years) : now;
  return {
    minYear,
    // A slider needs two distinct ends.
    maxYear: Math.max(maxYear, minYear + 1),
    newestSource,
  };
}

export function datasetPlugin(): Plugin {
  return {
    name: 'validate-dataset',
    buildStart() {
      assertDatasetValid();
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(datasetMeta())};`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.includes('/data/') && ctx.file.endsWith('.json')) {
        assertDatasetValid();
        const mod = ctx.server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) ctx.server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
