import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { captureDownloads } from '@/lib/csv/download-testing';
import { renderApp } from '@/testing/render-app';
import type { Source } from '@data/schema';

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

  it("shows the IMF's row in Vietnamese, linked to the IMF's page, with the copy used named beside it", async () => {
    renderApp('/vi/sources?from=2022&to=2022');
    await screen.findByRole('table');
    const row = document.getElementById('source-imf-dots')!;
    const cell = within(row);
    expect(cell.getByText('Quỹ Tiền tệ Quốc tế (IMF)')).toHaveClass('source-publisher');
    expect(cell.getByRole('link', { name: 'Direction of Trade Statistics (DOTS)' })).toHaveAttribute(
      'href',
      'https://data.imf.org/?sk=9D6028D4-F14A-464C-A2F2-59B2CD424B85',
    );
    const copy = cell.getByRole('link', { name: 'GitHub SamLeBlanc/Direction-of-Trade-Map' });
    expect(copy).toHaveAttribute(
      'href',
      'https://github.com/SamLeBlanc/Direction-of-Trade-Map/tree/a769819d9b25a21a362d6cabfb10f150903f834d/data/DOTS',
    );
    expect(copy.parentElement).toHaveTextContent(
      'Bản sao đã dùng: GitHub SamLeBlanc/Direction-of-Trade-Map, commit a769819d9b25 (2022-02-02): data/DOTS/DOTS_213.xlsx, data/DOTS/DOTS_18.xlsx',
    );
    expect(row).not.toHaveTextContent('International Monetary Fund');
  });

  it('names each publisher in the language of the page, keeping a name that has no other', async () => {
    renderApp('/ru/sources?from=2023&to=2023');
    await screen.findByRole('table');
    const belta = document.getElementById('source-belta-2023-12-brest-laocai')!;
    expect(within(belta).getByText('БелТА')).toHaveClass('source-publisher');
    const nhanDan = document.getElementById('source-seed-2023-nhan-dan')!;
    expect(within(nhanDan).getByText('Nhân Dân')).toHaveClass('source-publisher');
  });
});
