import { claimDownload, REPEAT_MS, resetDownloadGuard, saveCsv, saveFile } from './download';
import { captureDownloads } from './download-testing';

afterEach(() => vi.restoreAllMocks());

describe(claimDownload.name, () => {
  beforeEach(resetDownloadGuard);

  it('lets a file through once per click: a repeat within a moment is dropped', () => {
    expect(claimDownload('a.csv', 1000)).toBe(true);
    expect(claimDownload('a.csv', 1000 + 200)).toBe(false);
    expect(claimDownload('a.csv', 1000 + REPEAT_MS + 1)).toBe(true);
  });

  it('lets another file through at once (the filter changed)', () => {
    expect(claimDownload('a.csv', 1000)).toBe(true);
    expect(claimDownload('b.csv', 1001)).toBe(true);
  });
});

describe(saveCsv.name, () => {
  it('saves the text as a UTF-8 file with a byte-order mark under the name given', async () => {
    const files = captureDownloads();
    expect(await saveCsv('vietnam-belarus-visits-2010-2024.csv', () => 'title\r\nHà Nội')).toBe(true);
    const [file] = await files.read();
    expect(file).toEqual({
      fileName: 'vietnam-belarus-visits-2010-2024.csv',
      text: '\uFEFFtitle\r\nHà Nội\r\n',
    });
  });

  it('saves one file when asked twice in a row, even while the first is still being built', async () => {
    const files = captureDownloads();
    let release = () => {};
    const slow = new Promise<string>((resolve) => (release = () => resolve('a')));
    const first = saveCsv('x.csv', () => slow);
    const second = saveCsv('x.csv', () => 'a');
    release();
    expect(await Promise.all([first, second])).toEqual([true, false]);
    expect(files.count()).toBe(1);
  });
});

describe(saveFile.name, () => {
  it('saves an image once when a double-click asks twice while the PNG is still being drawn', async () => {
    const files = captureDownloads();
    let release = () => {};
    const drawing = new Promise<Blob>((resolve) => (release = () => resolve(new Blob(['png']))));
    const first = saveFile('chart.png', () => drawing);
    const second = saveFile('chart.png', () => new Blob(['png']));
    release();
    expect(await Promise.all([first, second])).toEqual([true, false]);
    expect((await files.read()).map((f) => f.fileName)).toEqual(['chart.png']);
  });

  it('saves nothing when there is nothing to save', async () => {
    const files = captureDownloads();
    expect(await saveFile('chart.svg', () => null)).toBe(false);
    expect(files.count()).toBe(0);
  });
});
