/**
 * Hands files to the browser (CSV, PNG, SVG). One file per click: a second request for the same
 * file within a moment (the second click of a double-click, a bounced key) is dropped, so a reader never finds
 * `name (1).csv` beside `name.csv`.
 */
import { csvFile } from './csv';

/** Saves a blob under a file name through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** How long a repeat of the same download counts as the same click (ms); a double-click is < 500. */
export const REPEAT_MS = 1000;

let last: { fileName: string; at: number } | null = null;

/**
 * Whether a download of `fileName` may start now, recording it if so: false for the same name
 * within `REPEAT_MS` of the last one. `now` is for tests.
 */
export function claimDownload(fileName: string, now = Date.now()): boolean {
  if (last && last.fileName === fileName && now - last.at < REPEAT_MS) return false;
  last = { fileName, at: now };
  return true;
}

/** Forgets the last download, so a test's first click is never taken for a repeat. */
export function resetDownloadGuard(): void {
  last = null;
}

/**
 * Saves the file `build` makes (it may wait, as a PNG drawn through a canvas does) as `fileName`,
 * once per click: every download button (CSV, PNG, SVG) goes through here. Resolves to false when
 * the request was a repeat, or `build` gave nothing, and nothing was saved.
 */
export async function saveFile(
  fileName: string,
  build: () => Blob | null | Promise<Blob | null>,
): Promise<boolean> {
  if (!claimDownload(fileName)) return false;
  const blob = await build();
  if (!blob) return false;
  downloadBlob(blob, fileName);
  return true;
}

/**
 * Saves CSV text built by `build` (which may wait for data) as `fileName`, UTF-8 with a
 * byte-order mark. Resolves to false when the request was a repeat and nothing was saved.
 */
export function saveCsv(fileName: string, build: () => string | Promise<string>): Promise<boolean> {
  return saveFile(
    fileName,
    async () => new Blob([csvFile(await build())], { type: 'text/csv;charset=utf-8' }),
  );
}
