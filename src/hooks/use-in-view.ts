import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element has come near the viewport (and stays true once it has): charts below the
 * fold load their library only when the reader scrolls to them. True at once where there is no
 * IntersectionObserver (jsdom).
 */
export function useInView(ref: RefObject<Element | null>, rootMargin = '300px'): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (seen || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, rootMargin, seen]);
  return seen;
}
