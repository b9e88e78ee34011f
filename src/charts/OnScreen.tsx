import { memo, useEffect, useRef, useState, type ReactNode } from 'react';

/** Start drawing a chart this far before it scrolls into view, so it is ready when it arrives. */
const MARGIN = '400px 0px';

/** Holds its children still while `active` is false: they neither re-render nor lose their state. */
const Freeze = memo(
  function Freeze({ children }: { active: boolean; children: ReactNode }) {
    return children;
  },
  (_prev, next) => !next.active,
);

/**
 * Draws a chart only once it nears the viewport, and redraws it only while it is there: off-screen
 * SVG charts cost nothing when a slider moves. Without IntersectionObserver (old browsers, jsdom)
 * and when printing, everything is drawn.
 */
export function OnScreen({ title, children }: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  const [seen, setSeen] = useState(visible);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const isVisible = entries.some((entry) => entry.isIntersecting);
        setVisible(isVisible);
        if (isVisible) setSeen(true);
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    const showAll = () => {
      setVisible(true);
      setSeen(true);
    };
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onPrintChange = () => print?.matches && showAll();
    window.addEventListener('beforeprint', showAll);
    print?.addEventListener('change', onPrintChange);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', showAll);
      print?.removeEventListener('change', onPrintChange);
    };
  }, []);

  return (
    <div ref={ref} className="on-screen">
      {seen ? (
        <Freeze active={visible}>{children}</Freeze>
      ) : (
        <div className="chart-frame chart-pending">
          <h3 className="chart-title">{title}</h3>
          <p className="chart-summary">The chart draws when you scroll to it.</p>
        </div>
      )}
    </div>
  );
}
