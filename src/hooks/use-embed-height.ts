import { useEffect, useRef } from 'react';
import { EMBED_HEIGHT_MESSAGE } from '@/lib/url/canonical-url';

/**
 * In an iframe, tells the page around it the embedded view's height whenever it changes, for the
 * snippet's optional resize script (src/lib/url/canonical-url.ts). Only a number leaves the frame.
 */
export function useEmbedHeight<T extends HTMLElement>(active: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!active || !el || typeof window === 'undefined' || window.parent === window) return;
    let last = 0;
    const send = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    send();
    const observer = new ResizeObserver(send);
    observer.observe(el);
    return () => observer.disconnect();
  }, [active]);
  return ref;
}
