/** Reads the dataset from disk (Node only: the build and its Vite plugin, scripts, tests). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetFiles, type Dataset, type DatasetFileName } from './schema.ts';
import { formatProblem, validateDataset, type DataProblem } from './validate.ts';

/**
 * This folder. Built from the `import.meta.url` string (not `new URL(...)`) so that it also works
 * under the jsdom test environment, whose global URL class `fileURLToPath` does not accept.
 */
export const dataDir = dirname(fileURLToPath(import.meta.url));

/** Parsed JSON by file name; a file that is not valid JSON becomes a problem. */
export function readDatasetFiles(dir = dataDir): {
  files: Partial<Record<DatasetFileName, unknown>>;
  problems: DataProblem[];
} {
  const files: Partial<Record<DatasetFileName, unknown>> = {};
  const problems: DataProblem[] = [];
  for (const name of Object.keys(datasetFiles) as DatasetFileName[]) {
    try {
      files[name] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      problems.push({ file: name, recordId: '(file)', field: '', message: (e as Error).message });
    }
  }
  return { files, problems };
}

/**
 * The whole dataset, keyed as the app keys it (`trade.json` → `trade`), after every file has
 * passed its schema and the cross-reference checks; otherwise throws one error listing every
 * problem, each naming file, record id and field.
 */
export function readDataset(dir = dataDir): Dataset {
  const { files, problems } = readDatasetFiles(dir);
  const all = [...problems, ...validateDataset(files)];
  if (all.length > 0) {
    throw new Error(`Dataset is invalid (${all.length} problems):\n` + all.map(formatProblem).join('\n'));
  }
  return Object.fromEntries(
    Object.entries(files).map(([name, records]) => [name.replace(/\.json$/, ''), records]),
  ) as unknown as Dataset;
}
