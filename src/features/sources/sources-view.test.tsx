import type { Source } from '@data/schema';
import { screen, waitFor } from '@testing-library/react';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { captureDownloads } from '@/lib/csv/download-testing';
import { renderApp } from '@/testing/render-app';

// The real source list: the view is checked against the file it shows.
const sources = JSON.parse(readFileSync(resolve(process.cwd(), 'data/sources.json'), 'utf8')) as Source[];

afterEach(() => vi.restoreAllMocks());

describe('/sources', () => {
  it('downloads exactly the sources the table lists for the chosen years, in its order', async () => {
    const files = captureDownloads();
    const { user } = renderApp('/sources?from=2020&to=2022');
    const expected = sources.filter((s) => s.date.slice(0, 4) >= '2020' && s.date.slice(0, 4) <= '2022');
    expect(expected.length).toBeGreaterThan(0);
    await screen.findByText(`${expected.length} of ${sources.length} sources`);
    const shown = Array.from(document.querySelectorAll('tbody tr')).map((tr) =>
      tr.id.replace(/^source-/, ''),
    );
    await user.click(
      screen.getByRole('button', {
        name: `Download CSV (${expected.length} source${expected.length === 1 ? '' : 's'})`,
      }),
    );
    await waitFor(() => expect(files.count()).toBe(1));
    const [file] = await files.read();
    expect(file!.fileName).toBe('vietnam-belarus-sources-2020-2022.csv');
    expect(file!.text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(file!.text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.id)).toEqual(shown);
    // Each row's count is the sum of what its "Cited by" cell lists ("2 events, 1 trade figure").
    const citedCells = Array.from(document.querySelectorAll('tbody tr td:last-child')).map((td) =>
      (td.textContent!.match(/\d+/g) ?? []).reduce((sum, n) => sum + Number(n), 0),
    );
    expect(rows.map((r) => Number(r.cited_by_count))).toEqual(citedCells);
  });
});
