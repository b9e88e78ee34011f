import { useEffect, useState } from 'react';
import { renderCost, trailingTimer } from './trailing-timer.ts';

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
  const [timer] = useState(() => trailingTimer(quietMs, setShown));
  useEffect(() => timer.change(value, renderCost()), [timer, value]);
  useEffect(() => () => timer.stop(), [timer]);
  return shown;
}
