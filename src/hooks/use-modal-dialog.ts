import { useLayoutEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';

/**
 * A `<dialog>` opened as a modal when it mounts, and closed by its own Escape key, which goes no
 * further (a view behind it never sees it, e.g. Partners clearing its selection). `close` leaves the
 * top layer first, so the caller can focus its button again, then calls `onClose`.
 *   const { ref, close, dialogProps } = useModalDialog(onClose);
 *   <dialog ref={ref} {...dialogProps}>…<button onClick={close}>Close</button></dialog>
 */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const d = ref.current;
    if (!d || d.open) return;
    // jsdom has no showModal; there the dialog is simply open (not modal).
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
  }, []);
  const close = () => {
    const d = ref.current;
    if (d?.open && typeof d.close === 'function') d.close();
    onClose();
  };
  const dialogProps = {
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      close();
    },
    // The browser's own cancel (Escape without focus inside) closes the same way.
    onCancel: (e: SyntheticEvent) => {
      e.preventDefault();
      close();
    },
  };
  return { ref, close, dialogProps };
}
