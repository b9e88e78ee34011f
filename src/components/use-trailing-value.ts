import { useEffect, useState } from 'react';

/** When the user last typed, pressed a key or moved a slider (Date.now(), so fake timers see it). */
let lastInputAt = -Infinity;
if (typeof window !== 'undefined') {
  const mark = () => {
    lastInputAt = Date.now();
  };
  // Capture: seen before any handler, whatever element the event is for.
  window.addEventListener('input', mark, { capture: true, passive: true });
  window.addEventListener('keydown', mark, { capture: true, passive: true });
}

/**
 * The value once the user has paused for `quietMs`. Charts (and the print-only list) read the
 * scenario through this: a slider drag fires an input event every frame, and redrawing an SVG
 * chart takes longer than a frame (several on a slow phone), so while the thumb moves only the
 * figures and the verdict follow it; the charts catch up as soon as it pauses.
 *
 * The pause is counted from the last input event, not from the last render: on a slow phone a
 * move can take longer to render than the pause itself, and a timer started after that render
 * would fire while the next key press waits to be handled — a chart redraw in the way of input.
 */
export function useTrailingValue<T>(value: T, quietMs: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    let timer: number;
    const wait = (ms: number) => {
      timer = window.setTimeout(() => {
        const since = Date.now() - lastInputAt;
        if (since < quietMs) wait(quietMs - since);
        else setShown(value);
      }, ms);
    };
    wait(quietMs);
    return () => window.clearTimeout(timer);
  }, [value, quietMs]);
  return shown;
}
