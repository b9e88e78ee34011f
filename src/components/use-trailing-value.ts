import { useEffect, useState } from 'react';
import { inputRhythm, sinceLastInput } from '../state/last-input.ts';

/**
 * How long the inputs must be still before the parts that trail them catch up: the charts, the
 * risk section and its odds, the changed-inputs list, the wrong-answers card, the other-models
 * table, the print-only list.
 * (Here, not in ChartsArea: a lazy chunk importing ChartsArea split four shared modules out of the
 * first load's chunks, 0.8 KB gzip over its budget.)
 */
export const TRAILING_QUIET_MS = 150;

/**
 * The value once the user has paused for `quietMs`. Charts (and the print-only list) read the
 * scenario through this: a slider drag fires an input event every frame, and redrawing an SVG
 * chart takes longer than a frame (several on a slow phone), so while the thumb moves only the
 * figures and the verdict follow it; the charts catch up as soon as it pauses.
 *
 * The pause is counted from the last input event, and it is `quietMs` plus twice what the page
 * took to render that input's figures (the render, then about as long again to lay out and paint
 * them): on a slow phone a move takes longer to show than the pause itself, and counting from
 * the render would start a chart redraw just as the next key press arrives — a long task in the
 * way of input, where a fast machine never has one.
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
    const sinceInput = sinceLastInput();
    const renderCost = sinceInput < 1000 ? sinceInput : 0;
    const pause = Math.max(quietMs + 2 * renderCost, 1.5 * inputRhythm());
    let timer: number;
    const wait = (ms: number) => {
      timer = window.setTimeout(() => {
        const since = sinceLastInput();
        if (since < pause) wait(pause - since);
        else setShown(value);
      }, ms);
    };
    wait(quietMs);
    return () => window.clearTimeout(timer);
  }, [value, quietMs]);
  return shown;
}
