/**
 * Validates the dataset when Vite starts (dev, build, preview of tests) and serves
 * `virtual:dataset-meta`: the year domain and the newest source date, known at build time so
 * the shell can draw the year filter before any data file is fetched.
 */
import type { Plugin } from 'vite';
import { readDataset } from '../../data/load-dataset.ts';
import type { Dataset } from '../../data/schema.ts';

const VIRTUAL_ID = 'virtual:dataset-meta';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** Year span and newest source of the dataset. */
export function datasetMeta(data: Dataset): { minYear: number; maxYear: number; newestSource: string } {
  const years = [
    ...data.trade.map((t) => t.period.year),
    ...data.events.map((e) => Number(e.date.start.slice(0, 4))),
    ...data.partnerships.flatMap((p) => (p.since ? [Number(p.since.start.slice(0, 4))] : [])),
  ];
  const newestSource =
    data.sources
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
  // Read and validated once at start and again when a data file changes.
  let meta: ReturnType<typeof datasetMeta> | undefined;
  const reload = () => (meta = datasetMeta(readDataset()));
  return {
    name: 'validate-dataset',
    buildStart() {
      reload();
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(meta ?? reload())};`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.includes('/data/') && ctx.file.endsWith('.json')) {
        reload();
        const mod = ctx.server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) ctx.server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
