import { useEffect, useState } from 'react';

/** Gaps between inputs up to this long are a rhythm (keys tapped one after another), not a pause. */
const RHYTHM_MAX_MS = 600;
/** Inputs closer than this are one gesture (a key's keydown and the input event it causes). */
const SAME_GESTURE_MS = 10;

/** When the user last typed, pressed a key or moved a slider (Date.now(), so fake timers see it). */
let lastInputAt = -Infinity;
/** The latest gaps between the user's inputs, newest first, while they come in a rhythm (ms). */
let recentGaps: number[] = [];
if (typeof window !== 'undefined') {
  const mark = () => {
    const now = Date.now();
    const gap = now - lastInputAt;
    if (gap > SAME_GESTURE_MS)
      recentGaps = gap > RHYTHM_MAX_MS ? [] : [gap, ...recentGaps].slice(0, 3);
    lastInputAt = now;
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
 * The pause is counted from the last input event, and it is as long as the page took to show
 * that input's figures plus `quietMs`: on a slow phone a move takes longer to render than the
 * pause itself, and counting from the render would start a chart redraw just as the next key
 * press arrives — a long task in the way of input, where a fast machine never has one.
 *
 * And it is longer than the user's own rhythm: someone tapping a key every 250 ms (or a slow
 * phone that takes that long per press) has not paused after 150 ms. A pause is half as long
 * again as the longest of the last few gaps between their inputs.
 */
export function useTrailingValue<T>(value: T, quietMs: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    // How long this value took to reach the screen after the input that caused it (an effect
    // runs after the commit); a change with no recent input (a link, a preset) counts nothing.
    const sinceInput = Date.now() - lastInputAt;
    const renderCost = sinceInput < 1000 ? sinceInput : 0;
    const pause = Math.max(quietMs + renderCost, 1.5 * Math.max(0, ...recentGaps));
    let timer: number;
    const wait = (ms: number) => {
      timer = window.setTimeout(() => {
        const since = Date.now() - lastInputAt;
        if (since < pause) wait(pause - since);
        else setShown(value);
      }, ms);
    };
    wait(quietMs);
    return () => window.clearTimeout(timer);
  }, [value, quietMs]);
  return shown;
}
