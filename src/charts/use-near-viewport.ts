import { useEffect, useState, type RefObject } from 'react';

/** Start drawing this far before an element scrolls into view, so it is ready when it arrives. */
const MARGIN = '400px 0px';

/**
 * Whether the element is within MARGIN of the viewport (`near`), and whether it ever was (`seen`).
 * Printing counts as near: everything is drawn for paper. Without IntersectionObserver (old
 * browsers, jsdom) everything counts as near.
 */
export function useNearViewport(ref: RefObject<Element | null>): { near: boolean; seen: boolean } {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const [seen, setSeen] = useState(near);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const isNear = entries.some((entry) => entry.isIntersecting);
        setNear(isNear);
        if (isNear) setSeen(true);
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    const showAll = () => {
      setNear(true);
      setSeen(true);
    };
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onPrintChange = () => print?.matches && showAll();
    window.addEventListener('beforeprint', showAll);
    print?.addEventListener('change', onPrintChange);
    // Mounted while already printing (a part that appears once printing began): draw it now.
    onPrintChange();
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', showAll);
      print?.removeEventListener('change', onPrintChange);
    };
  }, [ref]);

  return { near, seen };
}
