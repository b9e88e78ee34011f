import { memo, useRef, type ReactNode } from 'react';
import { useNearViewport } from './use-near-viewport.ts';

/** Holds its children still while `active` is false: they neither re-render nor lose their state. */
const Freeze = memo(
  function Freeze({ children }: { active: boolean; children: ReactNode }) {
    return children;
  },
  (_prev, next) => !next.active,
);

/**
 * Draws a chart only once it nears the viewport, and redraws it only while it is there: off-screen
 * SVG charts cost nothing when a slider moves.
 */
export function OnScreen({ title, children }: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const { near, seen } = useNearViewport(ref);
  return (
    <div ref={ref} className="on-screen">
      {seen ? (
        <Freeze active={near}>{children}</Freeze>
      ) : (
        <div className="chart-frame chart-pending">
          <h3 className="chart-title">{title}</h3>
          <p className="chart-summary">The chart draws when you scroll to it.</p>
        </div>
      )}
    </div>
  );
}
