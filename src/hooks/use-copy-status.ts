import { useState } from 'react';

/**
 * Copies text to the clipboard and says how it went in a status line: the one rule behind
 * "Copy link", "Copy snippet" and each citation's copy button.
 *   const { status, copy } = useCopyStatus();
 *   copy(url, 'Link copied', 'Could not copy');  // status → 'Link copied' (or the failure)
 */
export function useCopyStatus() {
  const [status, setStatus] = useState('');
  const copy = async (text: string, done: string, failed: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus(failed);
    }
  };
  return { status, copy };
}
