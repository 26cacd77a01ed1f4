/**
 * For jsdom tests: records the files the page hands to the browser (jsdom saves nothing and has
 * no `URL.createObjectURL`). `const files = captureDownloads()`, click, then `await files.read()`.
 */
import { vi } from 'vitest';
import { resetDownloadGuard } from './download';

export interface SavedFile {
  fileName: string;
  /** The file's text, byte-order mark kept. */
  text: string;
}

export function captureDownloads() {
  resetDownloadGuard();
  const blobs = new Map<string, Blob>();
  const clicked: { fileName: string; blob: Blob }[] = [];
  let n = 0;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (this.download && blob) clicked.push({ fileName: this.download, blob });
  });
  return {
    /** How many files were saved so far. */
    count: () => clicked.length,
    /** Every file saved so far, in order. */
    read: async (): Promise<SavedFile[]> =>
      Promise.all(
        clicked.map(async ({ fileName, blob }) => ({
          fileName,
          text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()),
        })),
      ),
  };
}
