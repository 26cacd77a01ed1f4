import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '@/i18n/i18n';
import { captureDownloads } from '@/lib/csv/download-testing';
import { CsvDownloadButton } from './csv-download-button';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('en');
});

const button = (count: number, build = () => 'id\r\na') => (
  <CsvDownloadButton
    noun="events"
    count={count}
    fileName="vietnam-belarus-visits-2010-2024.csv"
    build={build}
  />
);

describe('CsvDownloadButton', () => {
  it('says how many rows it will save, in its name and its description', async () => {
    await i18n.changeLanguage('en');
    render(button(23));
    const b = screen.getByRole('button', { name: 'Download CSV (23 events)' });
    expect(b).toHaveAccessibleDescription(
      'Saves the 23 events listed here as a spreadsheet file (CSV), one row per event.',
    );
    expect(b).toBeEnabled();
  });

  it('uses the plural forms of each language', async () => {
    await i18n.changeLanguage('ru');
    const { rerender } = render(button(21));
    expect(screen.getByRole('button')).toHaveAccessibleName('Скачать CSV (21 событие)');
    rerender(button(5));
    expect(screen.getByRole('button')).toHaveAccessibleName('Скачать CSV (5 событий)');
    await act(() => i18n.changeLanguage('vi'));
    rerender(button(5));
    expect(screen.getByRole('button')).toHaveAccessibleName('Tải CSV (5 sự kiện)');
  });

  it('saves one file on a double-click, and one more on a later click', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    render(button(1));
    await user.dblClick(screen.getByRole('button'));
    await vi.waitFor(() => expect(files.count()).toBe(1));
    const [file] = await files.read();
    expect(file!.fileName).toBe('vietnam-belarus-visits-2010-2024.csv');
    expect(file!.text).toBe('\uFEFFid\r\na\r\n');
  });

  it('saves from the keyboard', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    render(button(1));
    screen.getByRole('button').focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(files.count()).toBe(1));
  });

  it('is disabled when the view lists nothing', () => {
    render(button(0));
    expect(screen.getByRole('button', { name: 'Download CSV (0 events)' })).toBeDisabled();
  });
});
