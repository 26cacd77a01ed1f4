import { useId, useState } from 'react';

/**
 * A panel folded behind a button, starting folded: momentary UI, not view state, so not in the
 * URL. Spread `buttonProps` on the button and give the panel `panelId`.
 */
export function useFold() {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const buttonProps = {
    'aria-expanded': open,
    'aria-controls': panelId,
    onClick: () => setOpen((o) => !o),
  };
  return { open, panelId, buttonProps };
}
