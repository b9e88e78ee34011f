import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { inputRhythm, sinceLastInput } from '../state/last-input.ts';
import { useNearViewport } from './use-near-viewport.ts';

/**
 * A chart that has yet to redraw waits until the user has left the keys alone this long — or half
 * as long again as their rhythm, if they press keys further apart (a slow phone answers a key in
 * 150 – 300 ms): as useTrailingValue does for the charts' data.
 */
const RESUME_AFTER_INPUT_MS = 150;
const restMs = () => Math.max(RESUME_AFTER_INPUT_MS, 1.5 * inputRhythm());

/** Holds its children still while `active` is false: they neither re-render nor lose their state. */
const Freeze = memo(
  function Freeze({ children }: { active: boolean; children: ReactNode }) {
    return children;
  },
  (_prev, next) => !next.active,
);

/**
 * The children, each new version applied in a task of its own. When the charts catch up after a
 * pause, every chart then redraws in its own task instead of all in one: a key press or a drag
 * that comes meanwhile waits for one chart at most, not for all of them — and the charts still
 * to draw wait again until the keys are left alone, rather than start a redraw just after one.
 */
function useOwnTask<T>(children: T): T {
  const [shown, setShown] = useState(children);
  useEffect(() => {
    if (shown === children) return;
    let timer: number;
    const draw = () => {
      // The keys at rest: 150 ms since the last, or half as long again as a slower rhythm.
      const wait = restMs() - sinceLastInput();
      // flushSync: otherwise React would batch the charts' timers back into one render.
      if (wait <= 0) flushSync(() => setShown(children));
      else timer = window.setTimeout(draw, wait);
    };
    timer = window.setTimeout(draw);
    return () => window.clearTimeout(timer);
  }, [children, shown]);
  return shown;
}

/**
 * Draws a chart only once it nears the viewport, and redraws it only while it is there: off-screen
 * SVG charts cost nothing when a slider moves.
 */
export function OnScreen({ title, children }: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const { near, seen } = useNearViewport(ref);
  const shown = useOwnTask(children);
  // Coming back into view (a slider move can shift the page by a line) redraws a chart that
  // missed changes: that too waits for the keys to rest, in a task of its own. Leaving the view
  // freezes it at once.
  const nearRested = useOwnTask(near);
  const active = near && nearRested;
  return (
    <div ref={ref} className="on-screen">
      {seen ? (
        <Freeze active={active}>{shown}</Freeze>
      ) : (
        <div className="chart-frame chart-pending">
          <h3 className="chart-title">{title}</h3>
          <p className="chart-summary">The chart draws when you scroll to it.</p>
        </div>
      )}
    </div>
  );
}
