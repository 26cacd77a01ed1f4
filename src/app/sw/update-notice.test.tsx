/**
 * The update notice with a fake Workbox: a waiting worker is offered, switched to only on the
 * reader's click, and the page reloads once, after the new worker has taken over.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkboxLifecycleEvent } from 'workbox-window';
import { setLanguage } from '@/i18n/i18n';
import { wireUpdates, type WorkboxLike } from './register';
import { resetUpdate } from './sw-state';
import { UpdateNotice } from './update-notice';

/** Workbox's events, fired by hand; records the skip-waiting messages sent. */
function fakeWorkbox() {
  const listeners = new Map<string, ((e: WorkboxLifecycleEvent) => void)[]>();
  const wb = {
    skipWaitingSent: 0,
    addEventListener: ((type: string, listener: (e: WorkboxLifecycleEvent) => void) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    }) as WorkboxLike['addEventListener'],
    messageSkipWaiting() {
      wb.skipWaitingSent += 1;
    },
    fire(type: 'waiting' | 'controlling', isUpdate = true) {
      act(() => listeners.get(type)?.forEach((l) => l({ type, isUpdate } as WorkboxLifecycleEvent)));
    },
  };
  return wb;
}

const MESSAGE = 'A newer version of the data is available.';

/** The notice on a page wired to a fake Workbox, with a stand-in for the page's reload. */
function renderNotice() {
  const wb = fakeWorkbox();
  const reload = vi.fn();
  wireUpdates(wb, reload);
  render(<UpdateNotice />);
  return { wb, reload };
}

afterEach(async () => {
  act(() => resetUpdate());
  await act(() => setLanguage('en'));
});

describe('UpdateNotice', () => {
  it('shows nothing until a new version waits', () => {
    const { wb } = renderNotice();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    // The first install taking control is not an update.
    wb.fire('controlling', false);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('switches only on the reader’s click, then reloads once the new worker controls the page', async () => {
    const { wb, reload } = renderNotice();
    wb.fire('waiting');

    const status = screen.getByRole('status');
    expect(await screen.findByText(MESSAGE)).toBeInTheDocument();
    expect(status).toContainElement(screen.getByText(MESSAGE));
    expect(wb.skipWaitingSent).toBe(0);
    expect(reload).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Load it' }));
    expect(wb.skipWaitingSent).toBe(1);
    expect(screen.getByRole('button', { name: 'Load it' })).toBeDisabled();
    // Not before the new worker has taken over: the reload would still get the old version.
    expect(reload).not.toHaveBeenCalled();
    wb.fire('controlling');
    wb.fire('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('when another tab already switched, the click just reloads', async () => {
    const { wb, reload } = renderNotice();
    wb.fire('waiting');
    wb.fire('controlling');
    expect(reload).not.toHaveBeenCalled();

    await userEvent.click(await screen.findByRole('button', { name: 'Load it' }));
    expect(wb.skipWaitingSent).toBe(0);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('speaks the page’s language', async () => {
    const { wb } = renderNotice();
    wb.fire('waiting');
    expect(await screen.findByRole('button', { name: 'Load it' })).toBeInTheDocument();
    await act(() => setLanguage('vi'));
    expect(await screen.findByText('Đã có phiên bản dữ liệu mới hơn.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải bản mới' })).toBeInTheDocument();
  });
});
