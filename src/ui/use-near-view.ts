import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Whether an element is on screen or about to be (within `margin` of the viewport), and stays
 * true once it has been: for what is costly to draw and not needed until the reader scrolls to
 * it (a chart below the fold, whose table says the same). Without IntersectionObserver (an old
 * browser, the unit tests' DOM) it is true at once.
 */
export function useNearView<T extends Element>(margin = '400px'): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near, margin]);
  return [ref, near];
}
