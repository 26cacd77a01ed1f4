import { readFileSync } from 'node:fs';
import { COVERAGE_PATH, coverageFile } from '../scripts/generate/data-report.ts';
import { readDataset } from './load-dataset.ts';

describe('data/COVERAGE.md', () => {
  it('is the report of the data as it is now (npm run data:report writes it)', () => {
    expect(readFileSync(COVERAGE_PATH, 'utf8')).toBe(coverageFile(readDataset()));
  });
});
